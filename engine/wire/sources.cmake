target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/messages.h
    ${CMAKE_CURRENT_LIST_DIR}/cbor_head.h
    ${CMAKE_CURRENT_LIST_DIR}/message_codec.h
    ${CMAKE_CURRENT_LIST_DIR}/batch_codec.h ${CMAKE_CURRENT_LIST_DIR}/batch_codec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/message_codec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/file_chunk_codec.h
    ${CMAKE_CURRENT_LIST_DIR}/file_chunk_codec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/signed_envelope.h
    ${CMAKE_CURRENT_LIST_DIR}/signed_envelope.cpp
    ${CMAKE_CURRENT_LIST_DIR}/directed_envelope.h
    ${CMAKE_CURRENT_LIST_DIR}/directed_envelope.cpp
    ${CMAKE_CURRENT_LIST_DIR}/display_name.h
    ${CMAKE_CURRENT_LIST_DIR}/display_name.cpp)
