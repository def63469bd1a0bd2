#include "widgets/SessionPanel.h"

#include "core/Clock.h"
#include "core/LocalTime.h"
#include "models/DayAgendaModel.h"
#include "print/PrintPreview.h"
#include "storage/CheckinRepository.h"
#include "storage/Database.h"
#include "storage/Scheduler.h"
#include "storage/SettingsRepository.h"
#include "widgets/OutcomeBanner.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

SessionPanel::SessionPanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel), m_status(new QLabel), m_banner(new OutcomeBanner),
      m_details(new QLabel), m_blocked(new QLabel),
      m_checkin(new QPushButton(tr("Check &in\u2026"))),
      m_review(new QPushButton(tr("&Review answers"))),
      m_clearance(new QPushButton(tr("Record c&learance\u2026"))),
      m_signOff(new QPushButton(tr("Sign &off"))), m_start(new QPushButton(tr("&Start session"))),
      m_finish(new QPushButton(tr("&Finish session\u2026"))),
      m_postpone(new QPushButton(tr("&Postpone\u2026"))),
      m_print(new QPushButton(tr("&Print check-in\u2026")))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setObjectName(QStringLiteral("sessionDetails"));
    m_blocked->setWordWrap(true);
    m_blocked->setObjectName(QStringLiteral("startBlocked"));
    m_review->setToolTip(tr("Shows the client's answers; the reading is recorded in the audit "
                            "log."));

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_checkin, 0, 0);
    buttons->addWidget(m_review, 0, 1);
    buttons->addWidget(m_clearance, 1, 0);
    buttons->addWidget(m_signOff, 1, 1);
    buttons->addWidget(m_start, 2, 0);
    buttons->addWidget(m_finish, 2, 1);
    buttons->addWidget(m_postpone, 3, 0);
    buttons->addWidget(m_print, 3, 1);
    m_print->setToolTip(tr("A one-page sheet with the outcome and its advice, to show or give "
                           "to the client"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_blocked);
    layout->addWidget(m_details);
    layout->addStretch();

    connect(m_checkin, &QPushButton::clicked, this, &SessionPanel::checkinRequested);
    connect(m_review, &QPushButton::clicked, this, &SessionPanel::reviewAnswers);
    connect(m_clearance, &QPushButton::clicked, this, &SessionPanel::askClearance);
    connect(m_signOff, &QPushButton::clicked, this, &SessionPanel::signOff);
    connect(m_start, &QPushButton::clicked, this, &SessionPanel::startSession);
    connect(m_finish, &QPushButton::clicked, this, &SessionPanel::askFinish);
    connect(m_postpone, &QPushButton::clicked, this, &SessionPanel::askPostpone);
    connect(m_print, &QPushButton::clicked, this, &SessionPanel::previewCheckin);
    choosePdfPath = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save the check-in sheet"), suggested,
                                            tr("PDF documents (*.pdf)"), nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    };
    setBooking(nullptr);
}

void SessionPanel::setBooking(const AgendaEntry* entry)
{
    // Answers on show stay while the same session is reloaded; another session hides them.
    if (!entry || entry->id != m_entry.id)
        m_details->clear();
    m_entry = entry ? *entry : AgendaEntry();
    refresh();
}

void SessionPanel::refresh()
{
    StorageError error;
    const bool known = m_database && m_entry.id > 0 &&
                       SessionRepository(*m_database).state(m_entry.id, &m_state, &error);
    if (!known) {
        m_state = SessionState();
        m_title->setText(tr("Select a session to see what it needs before it starts."));
        m_status->clear();
        m_banner->hide();
        m_blocked->clear();
        for (QPushButton* b :
             {m_checkin, m_review, m_clearance, m_signOff, m_start, m_finish, m_postpone, m_print})
            b->setEnabled(false);
        return;
    }
    const QTimeZone zone = SettingsRepository(*m_database).timeZone();
    m_title->setText(tr("%1 \u00B7 %2 \u00B7 %3")
                         .arg(m_entry.clientName, m_entry.serviceName,
                              QDateTime::fromSecsSinceEpoch(m_entry.startsAt, zone)
                                  .toString(QStringLiteral("HH:mm"))));
    QStringList facts{tr("Status: %1").arg(DayAgendaModel::statusText(m_state.status))};
    if (m_state.needsClearance())
        facts << (m_state.clearanceRecorded ? tr("\u2713 clearance recorded")
                                            : tr("\u2717 clearance not recorded"));
    if (m_state.needsSignOff())
        facts << (m_state.signedOff ? tr("\u2713 signed off") : tr("\u2717 not signed off"));
    if (m_entry.referralBookingId && !m_state.hasCheckin)
        facts << tr("\u26A0 stopped and referred on %1 (booking %2): needs clearance")
                     .arg(m_entry.referralDay)
                     .arg(m_entry.referralBookingId);
    m_status->setText(facts.join(QStringLiteral(" \u00B7 ")));
    if (m_state.hasCheckin)
        m_banner->display(m_state.outcome, {}, QLocale().name().left(2));
    else
        m_banner->hide();

    const bool waiting =
        m_state.status == QLatin1String("booked") || m_state.status == QLatin1String("arrived");
    m_checkin->setEnabled(waiting);
    const bool reads = may(Action::ReadCheckinAnswers);
    const bool therapist = may(Action::TherapistSteps);
    m_review->setEnabled(m_state.hasCheckin && reads);
    // A clearance recorded on a stop-and-refer closes the referral for the client's next visits.
    const bool referral = m_state.hasCheckin && m_state.outcome == Outcome::StopRefer;
    m_clearance->setEnabled(
        therapist && !m_state.clearanceRecorded &&
        (referral || (m_state.needsClearance() && m_state.status == QLatin1String("arrived"))));
    m_signOff->setEnabled(therapist && m_state.needsSignOff() && !m_state.signedOff &&
                          m_state.status == QLatin1String("arrived"));
    const QString why = SessionRepository::whyNotStart(m_state);
    m_start->setEnabled(therapist && why.isEmpty());
    m_finish->setEnabled(therapist && m_state.status == QLatin1String("in_session"));
    for (QPushButton* b : {m_review, m_clearance, m_signOff, m_start, m_finish})
        b->setVisible(b == m_review ? reads : therapist);
    m_postpone->setEnabled(waiting);
    m_print->setEnabled(m_state.hasCheckin && reads);
    // Why the session cannot start is said in words, next to the disabled button.
    m_blocked->setText(why.isEmpty() || !waiting ? QString() : tr("Cannot start yet: %1").arg(why));
    m_start->setToolTip(why);
}

QString SessionPanel::startBlockedBecause() const
{
    return SessionRepository::whyNotStart(m_state);
}

bool SessionPanel::report(bool ok, const StorageError& error, const QString& done)
{
    refresh();
    emit changed(ok ? done : error.message);
    return ok;
}

bool SessionPanel::reviewAnswers()
{
    if (!m_database || !m_state.hasCheckin)
        return false;
    if (!may(Action::ReadCheckinAnswers)) {
        emit changed(Permissions::refusal(*m_role, Action::ReadCheckinAnswers));
        return false;
    }
    StoredCheckin c;
    StorageError error;
    if (!CheckinRepository(*m_database).read(m_entry.id, QString(), &c, &error))
        return report(false, error, QString());
    const QString language = QLocale().name().left(2);
    m_banner->display(c.outcome, c.reasons, language, c.referral);
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    for (const PrecautionQuestion& q : PrecautionRules::builtIn().questionsFor(c.serviceCode)) {
        if (!c.answers.answers.contains(q.id))
            continue;
        const bool yes = c.answers.answers.value(q.id);
        const bool changed = c.changedSincePrevious.contains(q.id);
        html += QStringLiteral("<tr><td>%1</td><td>%2%3</td></tr>")
                    .arg(q.textsIn(language).question.toHtmlEscaped(),
                         yes ? tr("<b>yes</b>") : tr("no"),
                         changed ? tr(" \u25CF changed since last visit") : QString());
    }
    html += QStringLiteral("</table>");
    if (!c.answers.avoidAreas.isEmpty())
        html += tr("<p><b>Areas to avoid:</b> %1</p>").arg(c.answers.avoidAreas.toHtmlEscaped());
    if (!c.answers.notes.isEmpty())
        html += tr("<p><b>For the therapist:</b> %1</p>").arg(c.answers.notes.toHtmlEscaped());
    if (c.clearanceAt > 0)
        html += tr("<p><b>Clearance:</b> %1 \u2014 %2</p>")
                    .arg(c.clearanceBy.toHtmlEscaped(), c.clearanceAdvice.toHtmlEscaped());
    m_details->setText(html);
    emit changed(tr("Answers shown; the reading was recorded in the audit log."));
    return true;
}

bool SessionPanel::recordClearance(const QString& confirmedBy, const QDateTime& at,
                                   const QString& advice)
{
    StorageError error;
    const bool ok =
        m_database && SessionRepository(*m_database)
                          .recordClearance(m_entry.id, confirmedBy, at.toSecsSinceEpoch(), advice,
                                           QString(), &error);
    return report(ok, error, tr("Clearance recorded."));
}

bool SessionPanel::signOff()
{
    if (!may(Action::TherapistSteps)) {
        emit changed(Permissions::refusal(*m_role, Action::TherapistSteps));
        return false;
    }
    StorageError error;
    const bool ok =
        m_database && SessionRepository(*m_database).signOff(m_entry.id, QString(), &error);
    return report(ok, error, tr("Check-in signed off."));
}

bool SessionPanel::startSession()
{
    if (!may(Action::TherapistSteps)) {
        emit changed(Permissions::refusal(*m_role, Action::TherapistSteps));
        return false;
    }
    StorageError error;
    const bool ok =
        m_database && SessionRepository(*m_database).start(m_entry.id, QString(), &error);
    return report(ok, error, tr("Session started."));
}

bool SessionPanel::finishSession(const QString& note, const QString& reaction)
{
    StorageError error;
    const bool ok =
        m_database &&
        SessionRepository(*m_database).finish(m_entry.id, note, reaction, QString(), &error);
    return report(ok, error,
                  reaction.trimmed().isEmpty()
                      ? tr("Session finished.")
                      : tr("Session finished. The client was given the aftercare advice."));
}

void SessionPanel::askClearance()
{
    if (!m_database)
        return;
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Record clearance"));
    auto* who = new QLineEdit;
    who->setPlaceholderText(tr("e.g. Dr. Puig, the client's GP, by phone"));
    const QTimeZone zone = SettingsRepository(*m_database).timeZone();
    auto* when = new QDateTimeEdit(m_database->clock().nowUtc().toTimeZone(zone));
    when->setCalendarPopup(true);
    auto* advice = new QPlainTextEdit;
    advice->setPlaceholderText(tr("What the health professional advised"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    connect(who, &QLineEdit::textChanged, dialog, [buttons](const QString& text) {
        buttons->button(QDialogButtonBox::Save)->setEnabled(!text.trimmed().isEmpty());
    });
    auto* form = new QFormLayout(dialog);
    form->addRow(tr("&Confirmed by:"), who);
    form->addRow(tr("&When:"), when);
    form->addRow(tr("&Advice:"), advice);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=] {
        if (recordClearance(who->text(), when->dateTime(), advice->toPlainText()))
            dialog->accept();
    });
    dialog->open();
}

void SessionPanel::askFinish()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Finish the session"));
    auto* note = new QPlainTextEdit;
    note->setPlaceholderText(tr("A short note for next time (pressure, areas, preferences)"));
    auto* unusual = new QCheckBox(tr("The client had an &unusual reaction (dizziness, discomfort "
                                     "that does not pass, anything unexpected)"));
    auto* reaction = new QLineEdit;
    reaction->setPlaceholderText(tr("What happened"));
    reaction->setEnabled(false);
    auto* advice = new QLabel(tr("Tell the client: rest a few minutes before going on with the "
                                 "day; discomfort that does not pass, dizziness or any unusual "
                                 "symptom is worth a health professional's advice."));
    advice->setWordWrap(true);
    advice->setVisible(false);
    connect(unusual, &QCheckBox::toggled, dialog, [reaction, advice](bool on) {
        reaction->setEnabled(on);
        advice->setVisible(on);
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("Session note:")));
    layout->addWidget(note);
    layout->addWidget(unusual);
    layout->addWidget(reaction);
    layout->addWidget(advice);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=] {
        QString what;
        if (unusual->isChecked())
            what = reaction->text().trimmed().isEmpty() ? tr("Unusual reaction (no details given)")
                                                        : reaction->text();
        if (finishSession(note->toPlainText(), what))
            dialog->accept();
    });
    dialog->open();
}

bool SessionPanel::postpone(const QDateTime& newStart)
{
    StorageError error;
    Placement placement;
    const QTimeZone zone = m_database ? SettingsRepository(*m_database).timeZone() : QTimeZone();
    qint64 utc = 0;
    QString problem;
    if (!m_database ||
        !LocalTime::fromLocal(newStart.date(), newStart.time(), zone, &utc, &problem)) {
        error = {StorageError::Code::Refused, problem};
        return report(false, error, QString());
    }
    const bool ok =
        Scheduler(*m_database, zone).postpone(m_entry.id, utc, QString(), &placement, &error);
    return report(ok, error,
                  tr("Postponed to %1 with %2 in %3; the client checks in again then.")
                      .arg(LocalTime::format(placement.startsAt, zone), placement.therapistName,
                           placement.roomName));
}

void SessionPanel::askPostpone()
{
    if (!m_database)
        return;
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Postpone the session"));
    const QTimeZone zone = SettingsRepository(*m_database).timeZone();
    auto* when =
        new QDateTimeEdit(QDateTime::fromSecsSinceEpoch(m_entry.startsAt, zone).addDays(7));
    when->setCalendarPopup(true);
    when->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* form = new QFormLayout(dialog);
    form->addRow(new QLabel(tr("Same service and length. The same therapist and room are kept "
                               "when they are free; the check-in is asked again at the new "
                               "visit.")));
    form->addRow(tr("New &time:"), when);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=] {
        if (postpone(when->dateTime()))
            dialog->accept();
    });
    dialog->open();
}

QString SessionPanel::checkinSheetHtml(const QString& centre, const AgendaEntry& entry,
                                       const QString& when, Outcome outcome,
                                       const QStringList& reasons, const QString& avoidAreas,
                                       const QString& language,
                                       const std::optional<OpenReferral>& referral)
{
    QString html = QStringLiteral("<h2>%1</h2><p>%2<br>%3 \u00B7 %4</p>")
                       .arg(centre.toHtmlEscaped(), entry.clientName.toHtmlEscaped(),
                            entry.serviceName.toHtmlEscaped(), when.toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>").arg(OutcomeBanner::title(outcome).toHtmlEscaped());
    if (outcome == Outcome::StopRefer)
        html += tr("<p><b>There will be no massage today.</b> Please seek medical attention "
                   "promptly and show this sheet to the health professional.</p>");
    html += QStringLiteral("<ul>");
    for (const QString& id : reasons) {
        if (id == openReferralReason() && referral)
            html += QStringLiteral("<li>%1</li>")
                        .arg(PrecautionEngine::openReferralText(*referral).toHtmlEscaped());
        if (const PrecautionQuestion* q = PrecautionRules::builtIn().question(id)) {
            const PrecautionTexts texts = q->textsIn(language);
            html += QStringLiteral("<li><b>%1</b> %2</li>")
                        .arg(texts.reason.toHtmlEscaped(), texts.advice.toHtmlEscaped());
        }
    }
    html += QStringLiteral("</ul>");
    if (!avoidAreas.isEmpty())
        html += tr("<p>Areas to avoid: %1</p>").arg(avoidAreas.toHtmlEscaped());
    html += tr("<p><small>A massage is a wellness service, not a medical treatment. This sheet "
               "records what you told us at the desk.</small></p>");
    return html;
}

QString SessionPanel::checkinSheet(StorageError* error) const
{
    StoredCheckin c;
    if (!m_database || !CheckinRepository(*m_database).read(m_entry.id, QString(), &c, error))
        return {};
    const QTimeZone zone = SettingsRepository(*m_database).timeZone();
    return checkinSheetHtml(
        SettingsRepository(*m_database).value(SettingKeys::kCentreName), m_entry,
        LocalTime::format(m_entry.startsAt, zone, QStringLiteral("dd/MM/yyyy HH:mm")), c.outcome,
        c.reasons, c.answers.avoidAreas, QLocale().name().left(2), c.referral);
}

bool SessionPanel::renderCheckinSheet(const QString& html, QPagedPaintDevice* device)
{
    QTextDocument document;
    document.setHtml(html);
    document.print(device);
    return true;
}

bool SessionPanel::printCheckin(const QString& pdfPath)
{
    StorageError error;
    const QString html = checkinSheet(&error);
    if (html.isEmpty())
        return report(false, error, QString());
    QString problem;
    const bool ok = PrintPreview::savePdf(
        pdfPath, QPageLayout::Portrait,
        [&](QPagedPaintDevice* device, QString*) { return renderCheckinSheet(html, device); },
        &problem);
    if (!ok)
        error = {StorageError::Code::Io, problem};
    return report(ok, error, tr("Check-in sheet saved to %1.").arg(pdfPath));
}

bool SessionPanel::previewCheckin()
{
    StorageError error;
    // Read once (an audited read), however often the preview redraws its pages.
    const QString html = checkinSheet(&error);
    if (html.isEmpty())
        return report(false, error, QString());
    PrintPreview::Request request;
    request.title = tr("Print the check-in sheet");
    request.render = [&](QPagedPaintDevice* device, QString*) {
        return renderCheckinSheet(html, device);
    };
    request.suggestedPdf = QDir::home().filePath(tr("check-in-%1.pdf").arg(m_entry.id));
    request.choosePdf = choosePdfPath;
    QString problem;
    if (!PrintPreview::run(this, request, &problem)) {
        if (!problem.isEmpty())
            return report(false, {StorageError::Code::Io, problem}, QString());
        return false;
    }
    emit changed(tr("Check-in sheet printed."));
    return true;
}
