target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/event_types.h
    ${CMAKE_CURRENT_LIST_DIR}/event_types.cpp
    ${CMAKE_CURRENT_LIST_DIR}/events.h
    ${CMAKE_CURRENT_LIST_DIR}/events.cpp
    ${CMAKE_CURRENT_LIST_DIR}/event_json.h
    ${CMAKE_CURRENT_LIST_DIR}/event_json.cpp
    ${CMAKE_CURRENT_LIST_DIR}/event_lines.h
    ${CMAKE_CURRENT_LIST_DIR}/event_json_files.cpp
    ${CMAKE_CURRENT_LIST_DIR}/event_json_nat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/event_json_peer_relay.cpp
    ${CMAKE_CURRENT_LIST_DIR}/event_json_bugout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/event_json_dswarm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bugout_events.h
    ${CMAKE_CURRENT_LIST_DIR}/dswarm_events.h
    ${CMAKE_CURRENT_LIST_DIR}/file_events.h
    ${CMAKE_CURRENT_LIST_DIR}/nat_events.h
    ${CMAKE_CURRENT_LIST_DIR}/peer_relay_events.h)
