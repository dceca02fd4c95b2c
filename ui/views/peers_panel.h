#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace swarmscope::ui {

class PeerTableModel;

// The live connection table with a filter box; sorts on raw values through a proxy.
class PeersPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeersPanel)

public:
    explicit PeersPanel(QWidget *parent = nullptr);

    PeerTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void copySelectedAddress();
    void retranslate();

    PeerTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QTimer *m_filterDebounce;
    QAction *m_copyAction;
};

} // namespace swarmscope::ui
