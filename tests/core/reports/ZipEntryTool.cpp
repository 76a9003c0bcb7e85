// report_zip_entry ARCHIVE ENTRY: writes one entry of a ZIP archive to standard output; exit
// code 1 when the archive or the entry cannot be read.
//
// The XLSX test reads its workbooks back through this separate program because QuaZip and
// libxlsxwriter cannot share a process: QuaZip exports its own, incompatible build of
// minizip's functions (zipOpen, ...), which then take the place of the libminizip ones
// libxlsxwriter calls, and writing a workbook crashes.
#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <quazip.h>
#include <quazipfile.h>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3)
        return 2;
    QuaZip zip(arguments.at(1));
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(arguments.at(2)))
        return 1;
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray bytes = entry.readAll();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return 1;
    return 0;
}
