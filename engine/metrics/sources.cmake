# Prometheus metrics: the text format, the session's figures, and the scrape endpoint.
target_sources(swarmscope_engine PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/prometheus_text.h ${CMAKE_CURRENT_LIST_DIR}/prometheus_text.cpp
    ${CMAKE_CURRENT_LIST_DIR}/session_metrics.h ${CMAKE_CURRENT_LIST_DIR}/session_metrics.cpp
    ${CMAKE_CURRENT_LIST_DIR}/metrics_http_server.h ${CMAKE_CURRENT_LIST_DIR}/metrics_http_server.cpp)
