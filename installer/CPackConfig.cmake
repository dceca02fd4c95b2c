# CPack: .deb packages and a relocatable .tar.gz on Linux, an NSIS installer on Windows and a
# DragNDrop disk image on macOS. Included by installer/CMakeLists.txt after every install rule.
#
#   cpack -G DEB      swarmscope_<version>_<arch>.deb and swarmscope-node_<version>_<arch>.deb
#   cpack -G TGZ      swarmscope-<version>-Linux.tar.gz: bin/ and share/, runs where unpacked
#
# The .deb packages want the /usr prefix (the default on Linux, see the top-level CMakeLists.txt).

set(CPACK_PACKAGE_NAME swarmscope)
set(CPACK_PACKAGE_VENDOR "Swarmscope developers")
set(CPACK_PACKAGE_CONTACT "Swarmscope developers <swarmscope@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Swarmscope)
set(CPACK_PACKAGE_EXECUTABLES swarmscope Swarmscope)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/node_modules/")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# Which components each kind of package carries (read per generator by CPackOptions.cmake): the
# service files have absolute destinations (/etc) and belong in the .deb only.
set(CPACK_SWARMSCOPE_DEB_COMPONENTS "")
set(CPACK_SWARMSCOPE_PORTABLE_COMPONENTS "")
if(TARGET swarmscope)
    list(APPEND CPACK_SWARMSCOPE_DEB_COMPONENTS gui)
    list(APPEND CPACK_SWARMSCOPE_PORTABLE_COMPONENTS gui)
endif()
if(TARGET swarmscope-node)
    list(APPEND CPACK_SWARMSCOPE_DEB_COMPONENTS node service)
    list(APPEND CPACK_SWARMSCOPE_PORTABLE_COMPONENTS node)
endif()
set(CPACK_COMPONENTS_ALL ${CPACK_SWARMSCOPE_PORTABLE_COMPONENTS})
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_SOURCE_DIR}/CPackOptions.cmake)

# Debian: one package per component group. swarmscope (the window) and swarmscope-node (the peer
# and its service) stand alone; the window carries its own engine, so it only suggests the node.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

set(CPACK_DEBIAN_GUI_PACKAGE_NAME swarmscope)
# Plugins that dpkg-shlibdeps cannot see: the SQLite driver and the SVG icon engine. The xcb and
# offscreen platform plugins ship in libqt6gui6 on Debian 12 (qt6-qpa-plugins holds only vnc and
# tuio), which the binary links; Wayland's plugin is qt6-wayland.
set(CPACK_DEBIAN_GUI_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_GUI_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_GUI_PACKAGE_SUGGESTS "swarmscope-node")
# Descriptions: the synopsis, then the long text (CPackDeb indents it for the control file).
set(CPACK_DEBIAN_GUI_DESCRIPTION "Peer-to-peer chat and swarm inspector
Swarmscope joins chat rooms by any name and talks to whoever else joined
them, with no server in between. The same window shows the swarm as it
lives: who is connected, over what, how fast, and every event the engine
sees.")

set(CPACK_DEBIAN_NODE_PACKAGE_NAME swarmscope-node)
set(CPACK_DEBIAN_NODE_PACKAGE_DEPENDS "libqt6sql6-sqlite, adduser")
set(CPACK_DEBIAN_NODE_DESCRIPTION "Headless Swarmscope peer and system service
swarmscope-node joins Swarmscope rooms, relays for other peers and takes
part in the DHT without a window. It prints one JSON event per line and
reads chat lines and commands on standard input.

The package installs the systemd unit swarmscope-node.service, which runs
the node as the system user swarmscope with /etc/swarmscope/node.conf.")
set(CPACK_DEBIAN_NODE_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/swarmscope-node/postinst
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/swarmscope-node/prerm
    ${CMAKE_CURRENT_SOURCE_DIR}/debian/swarmscope-node/postrm
    ${CMAKE_CURRENT_BINARY_DIR}/debian/swarmscope-node/conffiles)

# Windows.
set(CPACK_NSIS_DISPLAY_NAME Swarmscope)
set(CPACK_NSIS_PACKAGE_NAME Swarmscope)
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\swarmscope.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN swarmscope.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

# macOS.
set(CPACK_DMG_VOLUME_NAME Swarmscope)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)

include(CPack)

cpack_add_component_group(gui DISPLAY_NAME "Swarmscope"
    DESCRIPTION "The desktop application.")
cpack_add_component_group(node DISPLAY_NAME "swarmscope-node"
    DESCRIPTION "The headless peer, for scripts and servers.")
cpack_add_component(gui DISPLAY_NAME "Swarmscope" GROUP gui
    DESCRIPTION "The desktop application: chat rooms and the swarm inspector.")
cpack_add_component(node DISPLAY_NAME "swarmscope-node" GROUP node
    DESCRIPTION "The headless peer with a JSON-lines interface.")
cpack_add_component(service DISPLAY_NAME "swarmscope-node service" GROUP node
    DESCRIPTION "systemd unit and configuration for running swarmscope-node as a service.")
