target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/connection.h
    ${CMAKE_CURRENT_LIST_DIR}/connection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/swarm_options.h
    ${CMAKE_CURRENT_LIST_DIR}/resource_manager.h
    ${CMAKE_CURRENT_LIST_DIR}/resource_manager.cpp
    ${CMAKE_CURRENT_LIST_DIR}/peer_queue.h
    ${CMAKE_CURRENT_LIST_DIR}/peer_queue.cpp
    ${CMAKE_CURRENT_LIST_DIR}/peer_exchange.h
    ${CMAKE_CURRENT_LIST_DIR}/peer_exchange.cpp
    ${CMAKE_CURRENT_LIST_DIR}/duplicate_rule.h
    ${CMAKE_CURRENT_LIST_DIR}/duplicate_rule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/swarm.h
    ${CMAKE_CURRENT_LIST_DIR}/swarm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/swarm_control.cpp
    ${CMAKE_CURRENT_LIST_DIR}/swarm_names.cpp
    ${CMAKE_CURRENT_LIST_DIR}/host_kind.h)
