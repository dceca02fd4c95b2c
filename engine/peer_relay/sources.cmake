target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/peer_relay_options.h
    ${CMAKE_CURRENT_LIST_DIR}/peer_relay_id.h
    ${CMAKE_CURRENT_LIST_DIR}/peer_relay_id.cpp
    ${CMAKE_CURRENT_LIST_DIR}/peer_relay_envelope.h
    ${CMAKE_CURRENT_LIST_DIR}/peer_relay_envelope.cpp
    ${CMAKE_CURRENT_LIST_DIR}/peer_relay_channel.h
    ${CMAKE_CURRENT_LIST_DIR}/peer_relay_channel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/peer_relay_router.h
    ${CMAKE_CURRENT_LIST_DIR}/peer_relay_router.cpp
    ${CMAKE_CURRENT_LIST_DIR}/peer_relay_node.h
    ${CMAKE_CURRENT_LIST_DIR}/peer_relay_node.cpp
    ${CMAKE_CURRENT_LIST_DIR}/peer_relay_socket.h
    ${CMAKE_CURRENT_LIST_DIR}/peer_relay_socket.cpp
    ${CMAKE_CURRENT_LIST_DIR}/peer_relay_types.h)
