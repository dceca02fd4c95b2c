#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace swarmscope::ui {

// Shows an address people need to pass on: selectable text plus a one-click copy button.
class AddressLabel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressLabel)

public:
    explicit AddressLabel(QWidget *parent = nullptr);

    void setAddress(const QString &address);
    QString address() const { return m_address; }

public slots:
    void copyToClipboard();

signals:
    void copied(const QString &address);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_address;
    QLabel *m_label;
    QToolButton *m_copy;
};

}  // namespace swarmscope::ui
