target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/event_types.h
    ${CMAKE_CURRENT_LIST_DIR}/event_types.cpp
    ${CMAKE_CURRENT_LIST_DIR}/events.h
    ${CMAKE_CURRENT_LIST_DIR}/events.cpp
    ${CMAKE_CURRENT_LIST_DIR}/event_json.h
    ${CMAKE_CURRENT_LIST_DIR}/event_json.cpp)
