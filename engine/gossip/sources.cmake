target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/gossip_options.h
    ${CMAKE_CURRENT_LIST_DIR}/route_table.h
    ${CMAKE_CURRENT_LIST_DIR}/route_table.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gossip.h
    ${CMAKE_CURRENT_LIST_DIR}/gossip.cpp)
