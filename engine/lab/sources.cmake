# The lab, and with it the doctor (both are inspection tools built on the rest of the engine).
target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/lab.h
    ${CMAKE_CURRENT_LIST_DIR}/lab_node.h
    ${CMAKE_CURRENT_LIST_DIR}/lab.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lab_mend.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lab_probe.cpp
    ${CMAKE_CURRENT_LIST_DIR}/paced_clock.h
    ${CMAKE_CURRENT_LIST_DIR}/paced_clock.cpp)
include(${CMAKE_CURRENT_LIST_DIR}/../doctor/sources.cmake)
