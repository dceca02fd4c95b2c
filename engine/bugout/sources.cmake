target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/bugout_packet.h
    ${CMAKE_CURRENT_LIST_DIR}/bugout_packet.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bugout_room.h
    ${CMAKE_CURRENT_LIST_DIR}/bugout_room.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bugout_service.h
    ${CMAKE_CURRENT_LIST_DIR}/bugout_service.cpp
    ${CMAKE_CURRENT_LIST_DIR}/bugout_backend.h
    ${CMAKE_CURRENT_LIST_DIR}/bugout_backend.cpp)
