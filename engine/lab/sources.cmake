target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/lab.h
    ${CMAKE_CURRENT_LIST_DIR}/lab.cpp)
