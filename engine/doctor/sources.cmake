target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/doctor.h
    ${CMAKE_CURRENT_LIST_DIR}/doctor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/doctor_nat.cpp)
