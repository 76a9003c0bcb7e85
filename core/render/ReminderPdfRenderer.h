#pragma once

#include "Error.h"
#include "books/ReminderLetter.h"
#include "render/DocumentTemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QIODevice>
#include <memory>

namespace kasboek::render {

class LogoPainter;

// Prints a payment reminder (first, second or formal notice) as a one-page A4 letter in the
// invoice's language, with the invoice's look: the company's letterhead, the customer's
// address, place and date, the subject, the letter's text in the wording of its level, the
// invoice's facts and what is owed (interest and compensation only when there are any), the
// invoice's payment panel for the total to pay with the EPC QR code (in euro, when the company
// has an IBAN and the template shows QR codes), the closing, and the template's footer.
//
// The letter asks to be paid within PaymentPeriodDays of its date and prints that date.
// Needs a QGuiApplication (fonts). Keep one renderer for a batch: it remembers the decoded
// logo between letters. Not thread-safe; use one per thread.
class ReminderPdfRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ReminderPdfRenderer)
public:
    // Fourteen calendar days: what Belgian law (Code of Economic Law, art. XIX.2) and Dutch law
    // (art. 6:96 BW, the "14-day letter") give a consumer before costs may be charged; a
    // reasonable term between businesses too.
    static constexpr int PaymentPeriodDays = 14;

    ReminderPdfRenderer();
    ~ReminderPdfRenderer();
    ReminderPdfRenderer(const ReminderPdfRenderer&) = delete;
    ReminderPdfRenderer& operator=(const ReminderPdfRenderer&) = delete;

    // Failure: InvalidArgument for a letter without a date or an invoice number, with nothing
    // to pay, or with amounts in different currencies (Error::field names the member); Io when
    // the PDF cannot be written.
    [[nodiscard]] Result<QByteArray> render(const books::ReminderLetter& letter,
                                            const DocumentTemplate& documentTemplate);
    [[nodiscard]] Result<void> render(const books::ReminderLetter& letter,
                                      const DocumentTemplate& documentTemplate, QIODevice& output);

    // The date the letter asks to be paid by: its date plus PaymentPeriodDays.
    [[nodiscard]] static QDate payBy(const books::ReminderLetter& letter);
    // The EPC QR payload render() puts on the letter, or the reason it puts none (Validation:
    // not in euro, no IBAN, nothing to pay, the template leaves QR codes out).
    [[nodiscard]] static Result<QByteArray> paymentQrPayload(const books::ReminderLetter& letter,
                                                             const DocumentTemplate& documentTemplate);

private:
    [[nodiscard]] static Result<void> check(const books::ReminderLetter& letter);
    [[nodiscard]] const LogoPainter& logoFor(const QByteArray& data);

    QByteArray m_logoData;
    std::unique_ptr<LogoPainter> m_logo;
};

} // namespace kasboek::render
