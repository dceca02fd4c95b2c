#pragma once

#include <QtGlobal>

#include <array>
#include <cstddef>
#include <vector>

namespace swarmscope {

// A fixed-capacity ring of samples, oldest first. Plain std::array storage: no allocation after
// construction, no toolkit.
template <class T, std::size_t N>
class SampleRing {
public:
    void push(const T &value)
    {
        m_items[(m_head + m_size) % N] = value;
        if (m_size < N)
            ++m_size;
        else
            m_head = (m_head + 1) % N;
    }
    std::size_t size() const { return m_size; }
    static constexpr std::size_t capacity() { return N; }
    bool empty() const { return m_size == 0; }
    const T &at(std::size_t i) const { return m_items[(m_head + i) % N]; }  // 0 = oldest
    const T &back() const { return at(m_size - 1); }
    void clear() { m_head = m_size = 0; }

private:
    std::array<T, N> m_items{};
    std::size_t m_head = 0;
    std::size_t m_size = 0;
};

// One quantity over time at two resolutions (STYLE P12): one-second samples for five minutes,
// and twelve-second averages for an hour. Feed it once a second with add(); the widget only
// reads points() and paints. Toolkit-neutral maths, unit-tested without an application object.
class RateSeries final {
public:
    enum class Window { FiveMinutes, OneHour };
    struct Point {
        qint64 timeMs = 0;  // start of the sample's interval
        double value = 0;
    };
    static constexpr qint64 kFineStepMs = 1000;
    static constexpr qint64 kCoarseStepMs = 12000;
    static constexpr std::size_t kFineSamples = 300;  // 5 min
    static constexpr std::size_t kCoarseSamples = 300;  // 1 h

    // Samples must come in time order; an older sample than the last one is ignored.
    void add(qint64 timeMs, double value);
    void clear();

    // The samples of a window, oldest first. The hour window ends with the average of the
    // twelve seconds still being collected, so it is never behind the five-minute one.
    std::vector<Point> points(Window window) const;
    double maximum(Window window) const;  // 0 when empty
    double last() const { return m_fine.empty() ? 0 : m_fine.back().value; }
    qint64 lastTimeMs() const { return m_fine.empty() ? 0 : m_fine.back().timeMs; }
    std::size_t size(Window window) const;
    static qint64 spanMs(Window window);

private:
    void closeBucket();

    SampleRing<Point, kFineSamples> m_fine;
    SampleRing<Point, kCoarseSamples> m_coarse;
    qint64 m_bucket = -1;  // timeMs / kCoarseStepMs of the bucket being collected
    double m_bucketSum = 0;
    int m_bucketCount = 0;
};

}  // namespace swarmscope
