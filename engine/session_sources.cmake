target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/engine_config.h
    ${CMAKE_CURRENT_LIST_DIR}/snapshots.h
    ${CMAKE_CURRENT_LIST_DIR}/session.h
    ${CMAKE_CURRENT_LIST_DIR}/session.cpp
    ${CMAKE_CURRENT_LIST_DIR}/session_rooms.cpp
    ${CMAKE_CURRENT_LIST_DIR}/session_files.cpp
    ${CMAKE_CURRENT_LIST_DIR}/session_swarm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/session_backends.cpp
    ${CMAKE_CURRENT_LIST_DIR}/session_peer_relay.cpp
    ${CMAKE_CURRENT_LIST_DIR}/session_circuits.cpp
    ${CMAKE_CURRENT_LIST_DIR}/session_profile.cpp)
