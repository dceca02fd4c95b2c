#include "files/file_name.h"

#include <QDir>
#include <QFileInfo>

namespace swarmscope::files {

ErrorCode checkFileName(const QString &name)
{
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name == QLatin1String("..")
        || name.contains(QLatin1String("..")) || name.contains(QLatin1Char(':')))
        return ErrorCode::FileNamePath;
    if (name.isEmpty() || name.size() > kMaxFileNameChars || name == QLatin1String("."))
        return ErrorCode::FileNameInvalid;
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            return ErrorCode::FileNameInvalid;
    return ErrorCode::Ok;
}

QString freeDestination(const QString &dir, const QString &name)
{
    const QDir d(dir);
    QString candidate = d.filePath(name);
    if (!QFileInfo::exists(candidate))
        return candidate;
    // "archive.tar.gz" becomes "archive (1).tar.gz"; a leading dot is part of the base name.
    qsizetype dot = name.indexOf(QLatin1Char('.'), 1);
    const QString base = dot < 0 ? name : name.left(dot);
    const QString ext = dot < 0 ? QString() : name.mid(dot);
    for (int n = 1;; ++n) {
        candidate = d.filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(ext));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

}  // namespace swarmscope::files
