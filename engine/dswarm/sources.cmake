target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/dswarm_options.h
    ${CMAKE_CURRENT_LIST_DIR}/dswarm_handshake.h
    ${CMAKE_CURRENT_LIST_DIR}/dswarm_handshake.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dswarm_events.h
    ${CMAKE_CURRENT_LIST_DIR}/dswarm_events.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dswarm_connection.h
    ${CMAKE_CURRENT_LIST_DIR}/dswarm_connection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dswarm_swarm.h
    ${CMAKE_CURRENT_LIST_DIR}/dswarm_swarm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dswarm_backend.h
    ${CMAKE_CURRENT_LIST_DIR}/dswarm_backend.cpp)
