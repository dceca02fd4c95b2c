target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/reject_counters.h
    ${CMAKE_CURRENT_LIST_DIR}/reject_counters.cpp
    ${CMAKE_CURRENT_LIST_DIR}/frame_tap.h
    ${CMAKE_CURRENT_LIST_DIR}/byte_rates.h
    ${CMAKE_CURRENT_LIST_DIR}/rate_series.h
    ${CMAKE_CURRENT_LIST_DIR}/rate_series.cpp)
