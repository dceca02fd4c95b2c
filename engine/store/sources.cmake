target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/database.h
    ${CMAKE_CURRENT_LIST_DIR}/database.cpp
    ${CMAKE_CURRENT_LIST_DIR}/peer_book.h
    ${CMAKE_CURRENT_LIST_DIR}/peer_book.cpp)
