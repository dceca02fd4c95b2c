#include "units.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace swarmscope::ui {

QString Units::bytes(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

QString Units::rate(double bytesPerSecond)
{
    return tr("%1/s").arg(bytes(quint64(bytesPerSecond < 0 ? 0 : bytesPerSecond)));
}

QString Units::rtt(qint64 microseconds)
{
    if (microseconds < 0)
        return tr("–", "RTT not measured yet");
    const QLocale locale;
    if (microseconds < 1000)
        return tr("%1 µs").arg(locale.toString(microseconds));
    return tr("%1 ms").arg(locale.toString(double(microseconds) / 1000.0, 'f', microseconds < 100000 ? 1 : 0));
}

QString Units::timeOfDay(qint64 wallMs)
{
    if (wallMs <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(wallMs).time(), QStringLiteral("HH:mm:ss"));
}

QString Units::dateTime(qint64 wallMs)
{
    if (wallMs <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(wallMs), QLocale::LongFormat);
}

QString Units::age(qint64 wallMs, qint64 nowMs)
{
    if (wallMs <= 0)
        return {};
    const qint64 seconds = std::max<qint64>(0, (nowMs - wallMs) / 1000);
    const QLocale locale;
    if (seconds < 60)
        return tr("%1 s ago").arg(locale.toString(seconds));
    if (seconds < 3600)
        return tr("%1 min ago").arg(locale.toString(seconds / 60));
    if (seconds < 86400)
        return tr("%1 h ago").arg(locale.toString(seconds / 3600));
    return tr("%1 d ago").arg(locale.toString(seconds / 86400));
}

QString Units::latency(qint64 milliseconds)
{
    if (milliseconds < 0)
        return tr("–", "latency not known yet");
    return tr("%1 ms").arg(QLocale().toString(milliseconds));
}

QString Units::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString Units::shortAddress(const QString &address)
{
    // Addresses are long base58 strings; the first characters are enough to tell people apart.
    constexpr int kShown = 10;
    if (address.size() <= kShown + 1)
        return address;
    return address.left(kShown) + QChar(0x2026);
}

}  // namespace swarmscope::ui
