# Per-generator CPack settings, read by cpack while it runs each generator
# (CPACK_PROJECT_CONFIG_FILE in CPackConfig.cmake).

if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_COMPONENTS_ALL ${CPACK_SWARMSCOPE_DEB_COMPONENTS})
    # node.conf goes to /etc (an absolute destination): stage the whole tree under DESTDIR, with
    # the build's own prefix.
    set(CPACK_SET_DESTDIR ON)
    # Each package's description (CPACK_DEBIAN_<GROUP>_DESCRIPTION) starts with its own synopsis;
    # CPackDeb puts the project summary in front of it unless the summary is CPack's default.
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
    if(NOT CPACK_INSTALL_PREFIX STREQUAL "/usr")
        message(WARNING "The .deb packages install under ${CPACK_INSTALL_PREFIX}; "
                        "configure with -DCMAKE_INSTALL_PREFIX=/usr for the Debian layout.")
    endif()
else()
    # Archives and installers carry the programs and their data, never the service files: one
    # package installed component by component (a monolithic install would run every install
    # rule, /etc included, outside the staging directory).
    set(CPACK_COMPONENTS_ALL ${CPACK_SWARMSCOPE_PORTABLE_COMPONENTS})
    set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
    set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
    set(CPACK_COMPONENT_INCLUDE_TOPLEVEL_DIRECTORY ON)
endif()
