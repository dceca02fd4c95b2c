# The desktop application (included by app/CMakeLists.txt).
add_executable(swarmscope WIN32 MACOSX_BUNDLE
    ${CMAKE_CURRENT_LIST_DIR}/gui_main.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gui_options.h
    ${CMAKE_CURRENT_LIST_DIR}/gui_options.cpp)
if(UNIX)
    target_sources(swarmscope PRIVATE
        ${CMAKE_CURRENT_LIST_DIR}/quit_on_signal.h
        ${CMAKE_CURRENT_LIST_DIR}/quit_on_signal.cpp)
endif()
target_link_libraries(swarmscope PRIVATE swarmscope_ui swarmscope_app_common swarmscope_cfg)
install(TARGETS swarmscope
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT gui
    BUNDLE DESTINATION . COMPONENT gui)
# The desktop file, metainfo and icons are installed by installer/CMakeLists.txt.
