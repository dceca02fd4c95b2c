target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/database.h
    ${CMAKE_CURRENT_LIST_DIR}/database.cpp
    ${CMAKE_CURRENT_LIST_DIR}/peer_book.h
    ${CMAKE_CURRENT_LIST_DIR}/peer_book.cpp
    ${CMAKE_CURRENT_LIST_DIR}/history.h
    ${CMAKE_CURRENT_LIST_DIR}/history.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dht_table.h
    ${CMAKE_CURRENT_LIST_DIR}/dht_table.cpp
    ${CMAKE_CURRENT_LIST_DIR}/remembered_rooms.h
    ${CMAKE_CURRENT_LIST_DIR}/remembered_rooms.cpp
    ${CMAKE_CURRENT_LIST_DIR}/block_list.h
    ${CMAKE_CURRENT_LIST_DIR}/block_list.cpp
    ${CMAKE_CURRENT_LIST_DIR}/local_names.h
    ${CMAKE_CURRENT_LIST_DIR}/local_names.cpp
    ${CMAKE_CURRENT_LIST_DIR}/history_export.h
    ${CMAKE_CURRENT_LIST_DIR}/history_export.cpp)
