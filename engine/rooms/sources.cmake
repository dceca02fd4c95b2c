target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/seen_cache.h
    ${CMAKE_CURRENT_LIST_DIR}/seen_cache.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rooms.h
    ${CMAKE_CURRENT_LIST_DIR}/rooms.cpp
    ${CMAKE_CURRENT_LIST_DIR}/direct_messages.h
    ${CMAKE_CURRENT_LIST_DIR}/direct_messages.cpp
    ${CMAKE_CURRENT_LIST_DIR}/direct_chat.h
    ${CMAKE_CURRENT_LIST_DIR}/direct_chat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rpc.h
    ${CMAKE_CURRENT_LIST_DIR}/rpc.cpp
    ${CMAKE_CURRENT_LIST_DIR}/builtin_procedures.h
    ${CMAKE_CURRENT_LIST_DIR}/builtin_procedures.cpp)
target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/room_backend.h
    ${CMAKE_CURRENT_LIST_DIR}/room_backend.cpp
    ${CMAKE_CURRENT_LIST_DIR}/compat_backend.h)
