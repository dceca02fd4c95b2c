# Shared compile settings for every target of the project (qBittorrent's *_common_cfg idea).
add_library(swarmscope_cfg INTERFACE)
target_compile_features(swarmscope_cfg INTERFACE cxx_std_20)
target_compile_definitions(swarmscope_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SWARMSCOPE_VERSION="${PROJECT_VERSION}")
target_compile_options(swarmscope_cfg INTERFACE
    "$<$<CXX_COMPILER_ID:GNU,Clang>:-Wall;-Wextra;-Wpedantic;-Wnon-virtual-dtor;-Wshadow=local>")

include(${CMAKE_CURRENT_LIST_DIR}/Precompiled.cmake)

# Link with lld where it is installed (tools/install-deps.sh installs it): each of the hundred test
# programs links the static engine with its debug info, and GNU ld spends about five times as long
# on that (17 s against 3 s for a GUI test); linking was most of a cold build.
include(CheckLinkerFlag)
check_linker_flag(CXX "-fuse-ld=lld" SWARMSCOPE_HAVE_LLD)
if(SWARMSCOPE_HAVE_LLD)
    add_link_options(-fuse-ld=lld)
endif()

# swarmscope_add_test(<name> SOURCES ... LIBS ... [LABELS ...] [TIMEOUT s] [ENV ...])
function(swarmscope_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV;ARGS" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE ${T_LIBS} Qt6::Test swarmscope_cfg)
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    swarmscope_pch_host_for("${T_LIBS}" pch_host)
    if(pch_host)
        target_precompile_headers(${name} REUSE_FROM ${pch_host})
    endif()
    add_test(NAME ${name} COMMAND ${name} ${T_ARGS})
    # The sanitizer stage builds only the unit and integration tests (tools/test-sanitizers.sh).
    if(T_LABELS MATCHES "unit|integration")
        set_property(GLOBAL APPEND PROPERTY SWARMSCOPE_SANITIZED_TESTS ${name})
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SWARMSCOPE_OFFLINE=1;QT_LOGGING_RULES=swarmscope.*.debug=false;${T_ENV}")
endfunction()
