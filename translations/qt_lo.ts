<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA">
<!-- Qt ships no Thai or Lao translation of its own dialogs and buttons: these are ours,
     kept by hand (pyside6-lupdate does not touch this file). -->
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ຕົກລົງ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ບັນທຶກທັງໝົດ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ແມ່ນ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ແມ່ນທັງໝົດ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ບໍ່ (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ບໍ່ທັງໝົດ (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ຢຸດ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ລອງໃໝ່</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ຂ້າມ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ປະຖິ້ມ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ນຳໃຊ້</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ຕັ້ງຄ່າໃໝ່</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ຄືນຄ່າເລີ່ມຕົ້ນ</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>ຕົກລົງ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ບັນທຶກ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>ຍົກເລີກ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ປິດ (&amp;C)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>ປິດໂດຍບໍ່ບັນທຶກ</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>ເບິ່ງໃນ:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ໄປໜ້າ</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ໂຟນເດີແມ່</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>ສ້າງໂຟນເດີໃໝ່</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>ມຸມມອງລາຍການ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>ມຸມມອງລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ຊື່ໄຟລ໌ (&amp;N):</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ປະເພດໄຟລ໌:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ເປີດ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ບັນທຶກ (&amp;S)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>ບັນທຶກເປັນ</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>ໂຟນເດີ:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>ໂຟນເດີໃໝ່</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ລຶບ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>ປ່ຽນຊື່ (&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>ສະແດງໄຟລ໌ທີ່ເຊື່ອງ (&amp;H)</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>ບ່ອນຫຼ້າສຸດ</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>ມີ %1 ຢູ່ແລ້ວ
ຕ້ອງການແທນທີ່ບໍ?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>ຕ້ອງການລຶບ '%1' ບໍ?</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>ຊອກຫາໂຟນເດີ</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ເລືອກ (&amp;C)</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ໄປໜ້າ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ໄປຫາໂຟນເດີແມ່</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>ສ້າງໂຟນເດີໃໝ່</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>ປ່ຽນເປັນມຸມມອງລາຍການ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>ປ່ຽນເປັນມຸມມອງລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>ແຖບດ້ານຂ້າງ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>ໂຟນເດີ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>ໂຟນເດີ</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>ໂຟນເດີ</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>ເບິ່ງໃນ (&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ປະເພດໄຟລ໌ (&amp;T):</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>ລາຍການບ່ອນ ແລະ ບຸກມາກ</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>ບໍ່ສາມາດລຶບໂຟນເດີໄດ້</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ຂະໜາດ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>ວັນທີແກ້ໄຂ</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>ຄອມພິວເຕີ</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>ຄອມພິວເຕີ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ຍົກເລີກການກະທຳ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ເຮັດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ຕັດ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ສຳເນົາ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ວາງ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ເລືອກທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ຍົກເລີກການກະທຳ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ເຮັດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ຕັດ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ສຳເນົາ (&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>ສຳເນົາທີ່ຢູ່ລິ້ງ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ວາງ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ເລືອກທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>ສະແດງລາຍລະອຽດ...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>ເຊື່ອງລາຍລະອຽດ...</translation>
    </message>
</context>
</TS>
