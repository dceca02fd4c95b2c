target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/sodium.h
    ${CMAKE_CURRENT_LIST_DIR}/sodium.cpp
    ${CMAKE_CURRENT_LIST_DIR}/key_pair.h
    ${CMAKE_CURRENT_LIST_DIR}/key_pair.cpp
    ${CMAKE_CURRENT_LIST_DIR}/base58.h
    ${CMAKE_CURRENT_LIST_DIR}/base58.cpp
    ${CMAKE_CURRENT_LIST_DIR}/identity.h
    ${CMAKE_CURRENT_LIST_DIR}/identity.cpp
    ${CMAKE_CURRENT_LIST_DIR}/identity_file.h
    ${CMAKE_CURRENT_LIST_DIR}/identity_file.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ripemd160.h
    ${CMAKE_CURRENT_LIST_DIR}/ripemd160.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sealed_box.h
    ${CMAKE_CURRENT_LIST_DIR}/sealed_box.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nacl_box.h
    ${CMAKE_CURRENT_LIST_DIR}/nacl_box.cpp)
include(${CMAKE_CURRENT_LIST_DIR}/channel_sources.cmake OPTIONAL)
