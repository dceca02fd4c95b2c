# The desktop application (included by app/CMakeLists.txt).
# What it reads at start, as a library of its own so that the GUI tests read it the same way: the
# command line over the profile's settings file, which the Preferences window writes.
add_library(swarmscope_gui_startup STATIC
    ${CMAKE_CURRENT_LIST_DIR}/gui_options.h
    ${CMAKE_CURRENT_LIST_DIR}/gui_options.cpp
    ${CMAKE_CURRENT_LIST_DIR}/settings_file_store.h
    ${CMAKE_CURRENT_LIST_DIR}/settings_file_store.cpp)
target_include_directories(swarmscope_gui_startup PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(swarmscope_gui_startup PUBLIC swarmscope_ui swarmscope_app_common PRIVATE swarmscope_cfg)

add_executable(swarmscope WIN32 MACOSX_BUNDLE
    ${CMAKE_CURRENT_LIST_DIR}/gui_main.cpp)
if(UNIX)
    target_sources(swarmscope PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/quit_on_signal.h
        ${CMAKE_CURRENT_LIST_DIR}/quit_on_signal.cpp)
endif()
target_link_libraries(swarmscope PRIVATE swarmscope_gui_startup swarmscope_cfg)
install(TARGETS swarmscope
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT gui
    BUNDLE DESTINATION . COMPONENT gui)
# The desktop file, metainfo and icons are installed by installer/CMakeLists.txt.
