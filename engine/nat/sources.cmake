# Reachability (observed addresses, NAT behaviour) and port mapping through the Debian libraries
# libminiupnpc (UPnP IGD) and libnatpmp (NAT-PMP).
find_library(SWARMSCOPE_MINIUPNPC miniupnpc REQUIRED)
find_library(SWARMSCOPE_NATPMP natpmp REQUIRED)
find_path(SWARMSCOPE_MINIUPNPC_INCLUDE miniupnpc/miniupnpc.h REQUIRED)
find_path(SWARMSCOPE_NATPMP_INCLUDE natpmp.h REQUIRED)
target_include_directories(swarmscope_engine PRIVATE ${SWARMSCOPE_MINIUPNPC_INCLUDE} ${SWARMSCOPE_NATPMP_INCLUDE})
target_link_libraries(swarmscope_engine PRIVATE ${SWARMSCOPE_MINIUPNPC} ${SWARMSCOPE_NATPMP})
target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/reachability.h
    ${CMAKE_CURRENT_LIST_DIR}/reachability.cpp
    ${CMAKE_CURRENT_LIST_DIR}/port_mapping_backend.h
    ${CMAKE_CURRENT_LIST_DIR}/port_mapping_backend.cpp
    ${CMAKE_CURRENT_LIST_DIR}/port_mapper.h
    ${CMAKE_CURRENT_LIST_DIR}/port_mapper.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nat_options.h
    ${CMAKE_CURRENT_LIST_DIR}/dial_back_schedule.h
    ${CMAKE_CURRENT_LIST_DIR}/dial_back_schedule.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nat_service.h
    ${CMAKE_CURRENT_LIST_DIR}/nat_service.cpp)
