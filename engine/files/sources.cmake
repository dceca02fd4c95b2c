target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/file_transfer_options.h
    ${CMAKE_CURRENT_LIST_DIR}/file_name.h
    ${CMAKE_CURRENT_LIST_DIR}/file_name.cpp
    ${CMAKE_CURRENT_LIST_DIR}/file_hasher.h
    ${CMAKE_CURRENT_LIST_DIR}/file_hasher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/chunk_hasher.h
    ${CMAKE_CURRENT_LIST_DIR}/chunk_hasher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/file_offer.h
    ${CMAKE_CURRENT_LIST_DIR}/file_offer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/file_progress.h
    ${CMAKE_CURRENT_LIST_DIR}/incoming_file.h
    ${CMAKE_CURRENT_LIST_DIR}/incoming_file.cpp
    ${CMAKE_CURRENT_LIST_DIR}/outgoing_file.h
    ${CMAKE_CURRENT_LIST_DIR}/outgoing_file.cpp
    ${CMAKE_CURRENT_LIST_DIR}/file_transfers.h
    ${CMAKE_CURRENT_LIST_DIR}/file_transfers.cpp)
