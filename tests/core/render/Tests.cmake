# Tests for the PDF rendering (documents and reminder letters) and the EPC payment QR code
# (kasboek::render).
# Included from tests/core/CMakeLists.txt.
kasboek_add_test(EpcQrPayload SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestEpcQrPayload.cpp
    LIBS kasboek_render LABELS render)
kasboek_add_test(QrCodeImage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestQrCodeImage.cpp
    LIBS kasboek_render LABELS render)
kasboek_add_test(DocumentLocale SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDocumentLocale.cpp
    LIBS kasboek_render LABELS render)
kasboek_add_test(DocumentWording SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDocumentWording.cpp
    LIBS kasboek_render LABELS render)
kasboek_add_test(PageFlow SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPageFlow.cpp
    LIBS kasboek_render LABELS render)
kasboek_add_test(DocumentPdfRenderer SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDocumentPdfRenderer.cpp
    LIBS kasboek_render LABELS render)
kasboek_add_test(CompanyDocumentPrinter SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCompanyDocumentPrinter.cpp
    LIBS kasboek_render LABELS render)
kasboek_add_test(ReminderWording SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestReminderWording.cpp
    LIBS kasboek_render LABELS render)
kasboek_add_test(ReminderPdfRenderer SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestReminderPdfRenderer.cpp
    LIBS kasboek_render LABELS render)
