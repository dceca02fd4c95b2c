target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/relay_options.h
    ${CMAKE_CURRENT_LIST_DIR}/token_bucket.h
    ${CMAKE_CURRENT_LIST_DIR}/token_bucket.cpp
    ${CMAKE_CURRENT_LIST_DIR}/relay_router.h
    ${CMAKE_CURRENT_LIST_DIR}/relay_router.cpp
    ${CMAKE_CURRENT_LIST_DIR}/relay_socket.h
    ${CMAKE_CURRENT_LIST_DIR}/relay_socket.cpp)
