target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/bypass_proxy.h
    ${CMAKE_CURRENT_LIST_DIR}/carrier.h
    ${CMAKE_CURRENT_LIST_DIR}/tcp_carrier.h
    ${CMAKE_CURRENT_LIST_DIR}/tcp_carrier.cpp)
target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/memory_network.h
    ${CMAKE_CURRENT_LIST_DIR}/memory_network.cpp)
target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ws_carrier.h
    ${CMAKE_CURRENT_LIST_DIR}/ws_carrier.cpp)
