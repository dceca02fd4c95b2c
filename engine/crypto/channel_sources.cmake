target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/noise_xx.h
    ${CMAKE_CURRENT_LIST_DIR}/noise_xx.cpp
    ${CMAKE_CURRENT_LIST_DIR}/secret_stream.h
    ${CMAKE_CURRENT_LIST_DIR}/secret_stream.cpp)
