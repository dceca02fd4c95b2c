# Precompiled headers (cmake/pch/): the Qt and standard headers most files include are parsed once
# per target kind instead of once per file, about a third of a file's compile time. Libraries and
# the node precompile their own; the hundred test programs of one or two files each reuse one
# header built by a small host program, so that no test pays for a header of its own. A test
# whose flags do not match the host's compiles without it (GCC's -Winvalid-pch says so).
option(SWARMSCOPE_PCH "Precompile the Qt and standard headers most files include" ON)

function(swarmscope_precompile target header)
    if(SWARMSCOPE_PCH)
        target_precompile_headers(${target} PRIVATE
            "$<$<COMPILE_LANGUAGE:CXX>:${PROJECT_SOURCE_DIR}/cmake/pch/${header}>")
    endif()
endfunction()

# swarmscope_add_pch_host(<name> <header> <libs...>): the program that makes a header for tests
# linking the same libraries.
function(swarmscope_add_pch_host name header)
    if(NOT SWARMSCOPE_PCH)
        return()
    endif()
    add_executable(${name} ${PROJECT_SOURCE_DIR}/cmake/pch/pch_host.cpp)
    # Not Qt6::Test: its QT_TESTCASE_BUILDDIR differs from test to test (cmake/pch/test_pch.h).
    target_link_libraries(${name} PRIVATE ${ARGN} swarmscope_cfg)
    swarmscope_precompile(${name} ${header})
endfunction()

# The host whose header a test with these libraries reuses, or nothing.
function(swarmscope_pch_host_for libs out)
    set(host "")
    if(SWARMSCOPE_PCH)
        if(libs MATCHES "swarmscope_ui|swarmscope_gui_startup" AND TARGET swarmscope_gui_test_pch)
            set(host swarmscope_gui_test_pch)
        elseif(libs MATCHES "swarmscope_engine|swarmscope_test_support" AND TARGET swarmscope_test_pch)
            set(host swarmscope_test_pch)
        endif()
    endif()
    set(${out} "${host}" PARENT_SCOPE)
endfunction()
