#pragma once

#include "core/result.h"

#include <QList>
#include <QPair>

#include <array>

namespace swarmscope {

// Every reject counted by reason (docs/ARCHITECTURE.md, "Bad input"); the inspector and /status show them.
class RejectCounters final {
public:
    void count(ErrorCode code) { ++m_counts[size_t(code)]; }
    quint64 value(ErrorCode code) const { return m_counts[size_t(code)]; }
    quint64 total() const;
    QList<QPair<QString, quint64>> nonZero() const;  // (reason name, count)

private:
    std::array<quint64, size_t(ErrorCode::Count)> m_counts{};
};

}  // namespace swarmscope
