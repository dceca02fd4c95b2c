target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/bypass_proxy.h
    ${CMAKE_CURRENT_LIST_DIR}/carrier.h
    ${CMAKE_CURRENT_LIST_DIR}/tcp_carrier.h
    ${CMAKE_CURRENT_LIST_DIR}/tcp_carrier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/turn_flusher.h
    ${CMAKE_CURRENT_LIST_DIR}/turn_flusher.cpp)
target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/memory_network.h
    ${CMAKE_CURRENT_LIST_DIR}/memory_network.cpp
    ${CMAKE_CURRENT_LIST_DIR}/memory_datagram.h
    ${CMAKE_CURRENT_LIST_DIR}/memory_datagram.cpp)
target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/datagram_socket.h
    ${CMAKE_CURRENT_LIST_DIR}/udp_datagram.h
    ${CMAKE_CURRENT_LIST_DIR}/udp_datagram.cpp)
target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ws_carrier.h
    ${CMAKE_CURRENT_LIST_DIR}/ws_carrier.cpp)
