target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/lan_config.h
    ${CMAKE_CURRENT_LIST_DIR}/dns_packet.h
    ${CMAKE_CURRENT_LIST_DIR}/dns_packet.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lan_discovery.h
    ${CMAKE_CURRENT_LIST_DIR}/lan_discovery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/multicast_socket.h
    ${CMAKE_CURRENT_LIST_DIR}/multicast_socket.cpp)
