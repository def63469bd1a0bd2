#include "dialogs/CheckinDialog.h"

#include "storage/CheckinRepository.h"
#include "storage/Database.h"
#include "widgets/OutcomeBanner.h"
#include "widgets/WaitingSave.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

CheckinDialog::CheckinDialog(Database& database, const Booking& booking, QWidget* parent)
    : QDialog(parent), m_database(database), m_booking(booking),
      m_language(QLocale().name().left(2)), m_banner(new OutcomeBanner), m_remaining(new QLabel),
      m_error(new QLabel), m_avoidAreas(new QLineEdit), m_avoidLabel(new QLabel),
      m_notes(new QPlainTextEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Check-in: %1").arg(booking.clientName));
    m_questions = PrecautionRules::builtIn().questionsFor(booking.serviceCode);
    // Only a role that may read answers afterwards sees the last visit's (and the read is
    // audited); a receptionist's form has no such column. Storage refuses them the read too.
    m_showsPrevious = database.permits(Action::ReadCheckinAnswers, nullptr);
    StorageError error;
    if (m_showsPrevious) {
        CheckinRepository(database).previousAnswers(booking.id, database.actorName(), &m_previous,
                                                    &error);
    }
    // An earlier stop-and-refer of this client holds this check-in at needs clearance or
    // above from the start, and the banner says why.
    CheckinRepository(database).openReferralForBooking(booking.id, &m_referral, &error);

    auto* heading =
        new QLabel(tr("<b>%1</b> \u00B7 %2 \u00B7 %3")
                       .arg(booking.clientName.toHtmlEscaped(), booking.serviceName.toHtmlEscaped(),
                            booking.when.toHtmlEscaped()));
    auto* intro = new QLabel(m_previous.isEmpty()
                                 ? tr("Ask each question; every one needs an answer.")
                                 : tr("Ask each question; every one needs an answer. "
                                      "\u25CF marks an answer that differs from the last visit."));
    intro->setWordWrap(true);

    auto* grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    grid->addWidget(new QLabel(tr("<b>Question</b>")), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Yes</b>")), 0, 1);
    grid->addWidget(new QLabel(tr("<b>No</b>")), 0, 2);
    if (m_showsPrevious)
        grid->addWidget(new QLabel(tr("<b>Last visit</b>")), 0, 3);
    int row = 1;
    for (const PrecautionQuestion& q : std::as_const(m_questions)) {
        auto* label = new QLabel(q.textsIn(m_language).question);
        label->setWordWrap(true);
        auto* yes = new QRadioButton(tr("Yes"));
        auto* no = new QRadioButton(tr("No"));
        yes->setObjectName(q.id + QStringLiteral("_yes"));
        no->setObjectName(q.id + QStringLiteral("_no"));
        auto* group = new QButtonGroup(this);
        group->addButton(yes, 1);
        group->addButton(no, 0);
        m_groups.insert(q.id, group);
        grid->addWidget(label, row, 0);
        grid->addWidget(yes, row, 1);
        grid->addWidget(no, row, 2);
        if (m_showsPrevious) {
            auto* mark = new QLabel;
            m_changeMarks.insert(q.id, mark);
            grid->addWidget(mark, row, 3);
        }
        connect(group, &QButtonGroup::idClicked, this, &CheckinDialog::update);
        ++row;
    }
    grid->setRowStretch(row, 1); // rows stay together at the top
    if (m_showsPrevious)
        grid->setColumnMinimumWidth(3, 120);
    auto* questions = new QWidget;
    questions->setLayout(grid);
    auto* scroll = new QScrollArea;
    scroll->setWidget(questions);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_avoidLabel->setText(tr("Areas to &avoid:"));
    m_avoidLabel->setBuddy(m_avoidAreas);
    m_avoidAreas->setPlaceholderText(tr("e.g. left calf"));
    m_notes->setPlaceholderText(tr("Anything the therapist should know"));
    m_notes->setMaximumHeight(70);
    auto* extra = new QFormLayout;
    extra->addRow(m_avoidLabel, m_avoidAreas);
    extra->addRow(tr("&Notes:"), m_notes);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #8b0000"));
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    layout->addLayout(extra);
    layout->addWidget(m_remaining);
    // A check-in the server could not take waits here and is recorded when the connection is
    // back (CheckinRepository::record is one transaction: all of it or nothing).
    m_waiting = new WaitingSave(
        m_database,
        [this] { return tr("Check-in: %1, %2").arg(m_booking.clientName, m_booking.when); },
        [this] {
            if (save())
                accept();
        },
        this);
    layout->addWidget(m_waiting);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 640);
    update();
}

QHash<QString, bool> CheckinDialog::answers() const
{
    QHash<QString, bool> result;
    for (auto it = m_groups.constBegin(); it != m_groups.constEnd(); ++it) {
        if (it.value()->checkedId() >= 0)
            result.insert(it.key(), it.value()->checkedId() == 1);
    }
    return result;
}

bool CheckinDialog::answer(const QString& id, bool yes)
{
    QButtonGroup* group = m_groups.value(id);
    if (!group)
        return false;
    group->button(yes ? 1 : 0)->click();
    return true;
}

bool CheckinDialog::canSave() const
{
    return m_evaluation.complete();
}

void CheckinDialog::update()
{
    const QHash<QString, bool> given = answers();
    m_evaluation = PrecautionEngine::evaluate(PrecautionRules::builtIn(), m_booking.serviceCode,
                                              given, m_referral);
    m_banner->display(m_evaluation.outcome, m_evaluation.reasons, m_language,
                      m_evaluation.openReferral);

    for (auto it = m_changeMarks.constBegin(); it != m_changeMarks.constEnd(); ++it) {
        const bool changed = m_previous.contains(it.key()) && given.contains(it.key()) &&
                             m_previous.value(it.key()) != given.value(it.key());
        QString last = tr("\u2013");
        if (m_previous.contains(it.key()))
            last = m_previous.value(it.key()) ? tr("yes") : tr("no");
        it.value()->setText(changed ? tr("\u25CF was %1").arg(last) : last);
        it.value()->setToolTip(changed ? tr("Changed since the last visit") : QString());
        QFont font = it.value()->font();
        font.setBold(changed);
        it.value()->setFont(font);
    }
    const bool wantsAreas = m_evaluation.followUps.contains(QStringLiteral("avoid_areas"));
    m_avoidLabel->setEnabled(wantsAreas);
    m_avoidAreas->setEnabled(wantsAreas);
    const int missing = int(m_evaluation.missing.size());
    m_remaining->setText(missing > 0 ? tr("%n question(s) still to answer.", nullptr, missing)
                                     : tr("All questions answered."));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(canSave());
}

bool CheckinDialog::save()
{
    if (!canSave())
        return false;
    CheckInAnswers answers;
    answers.answers = this->answers();
    answers.avoidAreas = m_avoidAreas->isEnabled() ? m_avoidAreas->text().trimmed() : QString();
    answers.notes = m_notes->toPlainText().trimmed();
    Evaluation stored;
    StorageError error;
    if (!CheckinRepository(m_database)
             .record(m_booking.id, answers, m_database.actorName(), &stored, &error)) {
        if (m_waiting->waitIfDisconnected(error)) {
            m_error->hide();
            return false;
        }
        m_error->setText(error.message);
        m_error->show();
        return false;
    }
    m_waiting->clear();
    emit recorded(m_booking.id, outcomeToString(stored.outcome));
    return true;
}
