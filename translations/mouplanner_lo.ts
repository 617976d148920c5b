<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA">
<context>
    <name>About</name>
    <message>
        <location filename="../mouplanner/ui/about.py" line="+99"/>
        <source>Receive the changes in %1 into %2?</source>
        <translation>ຮັບການປ່ຽນແປງໃນ %1 ເຂົ້າສູ່ %2 ບໍ່?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive</source>
        <translation>ຮັບ</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location line="-45"/>
        <source>About mouplanner</source>
        <translation>ກ່ຽວກັບ mouplanner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan and follow government MOUs, offline, in English, Thai and Lao.</source>
        <translation>ວາງແຜນ ແລະ ຕິດຕາມບົດບັນທຶກຄວາມເຂົ້າໃຈລະຫວ່າງລັດຖະບານ ໃຊ້ງານແບບອອຟລາຍໄດ້ ເປັນພາສາອັງກິດ ໄທ ແລະ ລາວ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Python %1 · Qt %2 · PySide6 %3 · %4</source>
        <translation>Python %1 · Qt %2 · PySide6 %3 · %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made of, and their licences:</source>
        <translation>ສ່ວນປະກອບ ແລະ ໃບອະນຸຍາດ:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The font licence is in resources/fonts/OFL.txt; Qt and PySide6 are used under the LGPL, unchanged, and can be replaced.</source>
        <translation>ໃບອະນຸຍາດຂອງແບບອັກສອນຢູ່ທີ່ resources/fonts/OFL.txt; ໃຊ້ Qt ແລະ PySide6 ພາຍໃຕ້ LGPL ໂດຍບໍ່ໄດ້ແກ້ໄຂ ແລະ ສາມາດແທນທີ່ໄດ້</translation>
    </message>
</context>
<context>
    <name>AgreementTerm</name>
    <message>
        <location filename="../mouplanner/ui/forms/agreement_term.py" line="+24"/>
        <source>ended on %1</source>
        <translation>ສິ້ນສຸດເມື່ອ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until %1</source>
        <translation>ເຖິງ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>renewed once</source>
        <translation>ຕໍ່ອາຍຸແລ້ວ 1 ຄັ້ງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renewed %1 times</source>
        <translation>ຕໍ່ອາຍຸແລ້ວ %1 ຄັ້ງ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notice given on %1</source>
        <translation>ແຈ້ງບອກເລີກເມື່ອ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>renews by itself after %1: too late now for notice</source>
        <translation>ຕໍ່ອາຍຸໂດຍອັດຕະໂນມັດຫຼັງ %1: ກາຍກຳນົດແຈ້ງບອກເລີກແລ້ວ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notice not to renew by %1</source>
        <translation>ແຈ້ງບໍ່ຕໍ່ອາຍຸໄດ້ພາຍໃນ %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today: %1</source>
        <translation>ມື້ນີ້: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../mouplanner/ui/banner.py" line="+38"/>
        <source>Read-only: this workspace is damaged. You can read, search and export what can still be read; to work in it again, restore a backup (File &gt; Restore from backup).</source>
        <translation>ອ່ານຢ່າງດຽວ: ບ່ອນເຮັດວຽກນີ້ເສຍຫາຍ. ທ່ານຍັງອ່ານ, ຄົ້ນຫາ ແລະ ສົ່ງອອກສ່ວນທີ່ຍັງອ່ານໄດ້; ເພື່ອເຮັດວຽກຕໍ່, ໃຫ້ກູ້ຄືນຂໍ້ມູນສຳຮອງ (ແຟ້ມ &gt; ກູ້ຄືນຈາກຂໍ້ມູນສຳຮອງ).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only: this workspace is open for editing in another window or by another person. You can read, search and export it; changes cannot be saved here.</source>
        <translation>ອ່ານຢ່າງດຽວ: ບ່ອນເຮັດວຽກນີ້ເປີດແກ້ໄຂຢູ່ໃນໜ້າຕ່າງອື່ນ ຫຼື ໂດຍຄົນອື່ນ. ທ່ານສາມາດອ່ານ, ຊອກຫາ ແລະ ສົ່ງອອກໄດ້ ແຕ່ບໍ່ສາມາດບັນທຶກການປ່ຽນແປງຢູ່ນີ້</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/offline.py" line="+52"/>
        <source>The connection to the server is lost. You see what was read before; mouplanner tries again every few seconds. A form you save meanwhile keeps what you typed.</source>
        <translation>ການເຊື່ອມຕໍ່ກັບເຊີບເວີຂາດຫາຍ. ສິ່ງທີ່ເຫັນແມ່ນຂໍ້ມູນທີ່ອ່ານໄວ້ກ່ອນໜ້າ; mouplanner ຈະລອງເຊື່ອມຕໍ່ໃໝ່ທຸກສອງສາມວິນາທີ. ແບບຟອມທີ່ບັນທຶກໃນລະຫວ່າງນີ້ຈະຍັງເກັບສິ່ງທີ່ທ່ານພິມໄວ້</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../mouplanner/services/calendar_feed.py" line="+33"/>
        <source>Milestone: %1</source>
        <translation>ຈຸດໝາຍ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item due: %1</source>
        <translation>ວຽກທີ່ຕ້ອງປະຕິບັດຮອດກຳນົດ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day to give notice not to renew %1</source>
        <translation>ມື້ສຸດທ້າຍທີ່ແຈ້ງບໍ່ຕໍ່ອາຍຸ %1 ໄດ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 expires</source>
        <translation>%1 ໝົດອາຍຸ</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../mouplanner/ui/calendar_view.py" line="+92"/>
        <source>+ %1 more</source>
        <translation>+ ອີກ %1 ລາຍການ</translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+35"/>
        <source>Public holiday</source>
        <translation>ວັນພັກລັດຖະການ</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Deadline</source>
        <translation>ກຳນົດສົ່ງ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All kinds</source>
        <translation>ທຸກປະເພດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestone deadlines</source>
        <translation>ກຳນົດຂອງຈຸດໝາຍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coming in the next %1 days</source>
        <translation>ໃນ %1 ມື້ຂ້າງໜ້າ</translation>
    </message>
</context>
<context>
    <name>ClashDialog</name>
    <message>
        <location filename="../mouplanner/ui/forms/clash.py" line="+30"/>
        <source>Changed by someone else</source>
        <translation>ມີຄົນອື່ນແກ້ໄຂແລ້ວ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} saved this record at {when}, after you opened it, and changed fields you changed too. Choose the value to keep for each:</source>
        <translation>{who} ບັນທຶກລາຍການນີ້ເມື່ອ {when} ຫຼັງຈາກທີ່ທ່ານເປີດ ແລະ ແກ້ໄຂຊ່ອງຂໍ້ມູນດຽວກັນກັບທີ່ທ່ານແກ້ໄຂ. ເລືອກຄ່າທີ່ຈະເກັບໄວ້ສຳລັບແຕ່ລະຊ່ອງ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>ຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved by {who}</source>
        <translation>ບັນທຶກໂດຍ {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours</source>
        <translation>ຂອງທ່ານ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save my choice</source>
        <translation>ບັນທຶກຕາມທີ່ເລືອກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the form</source>
        <translation>ກັບໄປທີ່ແບບຟອມ</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../mouplanner/ui/exchange_ui.py" line="+85"/>
        <source>deleted or kept</source>
        <translation>ລຶບ ຫຼື ເກັບໄວ້</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The same field was changed on two laptops, or a record was edited on one and deleted on the other. The newest change is in force until you keep one value; your choice travels with the next exchange.</source>
        <translation>ຂໍ້ມູນຊ່ອງດຽວກັນຖືກແກ້ໄຂຢູ່ສອງເຄື່ອງ ຫຼື ລາຍການຖືກແກ້ໄຂຢູ່ເຄື່ອງໜຶ່ງແຕ່ຖືກລຶບຢູ່ອີກເຄື່ອງ ການປ່ຽນແປງຫຼ້າສຸດຈະມີຜົນຈົນກວ່າທ່ານຈະເລືອກຄ່າທີ່ຈະເກັບ ແລະ ການເລືອກຂອງທ່ານຈະສົ່ງໄປພ້ອມການແລກປ່ຽນຄັ້ງຕໍ່ໄປ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts.</source>
        <translation>ບໍ່ມີຂໍ້ຂັດແຍ່ງ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted</source>
        <translation>ຖືກລຶບ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept (edited)</source>
        <translation>ເກັບໄວ້ (ມີການແກ້ໄຂ)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>resolve a conflict</source>
        <translation>ແກ້ຂໍ້ຂັດແຍ່ງ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>ຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In force now</source>
        <translation>ຄ່າທີ່ມີຜົນຕອນນີ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other value</source>
        <translation>ອີກຄ່າໜຶ່ງ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Third value</source>
        <translation>ຄ່າທີສາມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the value in force now</source>
        <translation>ໃຊ້ຄ່າທີ່ມີຜົນຢູ່ຕອນນີ້</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the other value</source>
        <translation>ໃຊ້ຄ່າອີກຄ່າໜຶ່ງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the third value</source>
        <translation>ໃຊ້ຄ່າທີສາມ</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../mouplanner/ui/server_connect.py" line="+51"/>
        <source>Connect to a server</source>
        <translation>ເຊື່ອມຕໍ່ກັບເຊີບເວີ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(a new server)</source>
        <translation>(ເຊີບເວີໃໝ່)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recent servers</source>
        <translation>ເຊີບເວີທີ່ໃຊ້ຫຼ້າສຸດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server (host name or address)</source>
        <translation>ເຊີບເວີ (ຊື່ໂຮສ ຫຼື ທີ່ຢູ່)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>ພອດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>ຖານຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your login</source>
        <translation>ຊື່ຜູ້ໃຊ້ຂອງທ່ານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>ການເຊື່ອມຕໍ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your ministry&apos;s IT officer gives you these. The password is asked when the server needs one, unless your pgpass file or this computer&apos;s keyring keeps it.</source>
        <translation>ພະນັກງານໄອທີຂອງກະຊວງຈະໃຫ້ຂໍ້ມູນເຫຼົ່ານີ້ແກ່ທ່ານ. ລະບົບຈະຖາມລະຫັດຜ່ານເມື່ອເຊີບເວີຕ້ອງການ, ເວັ້ນເສຍແຕ່ມີເກັບໄວ້ໃນໄຟລ໌ pgpass ຫຼື ໃນບ່ອນເກັບລະຫັດຜ່ານຂອງເຄື່ອງນີ້</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect</source>
        <translation>ເຊື່ອມຕໍ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypted when the server offers it</source>
        <translation>ເຂົ້າລະຫັດເມື່ອເຊີບເວີຮອງຮັບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypted</source>
        <translation>ເຂົ້າລະຫັດສະເໝີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, server certificate checked</source>
        <translation>ເຂົ້າລະຫັດ, ກວດໃບຢັ້ງຢືນຂອງເຊີບເວີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, certificate and host name checked</source>
        <translation>ເຂົ້າລະຫັດ, ກວດໃບຢັ້ງຢືນ ແລະ ຊື່ໂຮສ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted</source>
        <translation>ບໍ່ເຂົ້າລະຫັດ</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Cannot connect to the server</source>
        <translation>ເຊື່ອມຕໍ່ກັບເຊີບເວີບໍ່ໄດ້</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot open workspace</source>
        <translation>ເປີດບ່ອນເຮັດວຽກບໍ່ໄດ້</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../mouplanner/ui/exchange_dialogs.py" line="+118"/>
        <source>Make a copy for another laptop</source>
        <translation>ເຮັດສຳເນົາສຳລັບເຄື່ອງອື່ນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes a copy of this workspace that another laptop opens and works on offline. Afterwards the two laptops exchange their changes with Send changes and Receive changes.</source>
        <translation>ຂຽນສຳເນົາຂອງບ່ອນເຮັດວຽກນີ້ໃຫ້ເຄື່ອງອື່ນເປີດໃຊ້ແບບອອບລາຍ ຈາກນັ້ນທັງສອງເຄື່ອງແລກປ່ຽນການປ່ຽນແປງດ້ວຍ ສົ່ງການປ່ຽນແປງ ແລະ ຮັບການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the copy</source>
        <translation>ເຮັດສຳເນົາ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. MPTC laptop</source>
        <translation>ເຊັ່ນ ເຄື່ອງຂອງ MPTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for %1</source>
        <translation>ສຳລັບ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>copy</source>
        <translation>ສຳເນົາ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Name of the other laptop</source>
        <translation>ຊື່ຂອງເຄື່ອງອື່ນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All agreements</source>
        <translation>ຂໍ້ຕົກລົງທັງໝົດ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A copy of one agreement holds that agreement with every organisation and person; what it is sent and what it syncs afterwards is that agreement.</source>
        <translation>ສຳເນົາຂອງຂໍ້ຕົກລົງດຽວມີຂໍ້ຕົກລົງນັ້ນພ້ອມກັບອົງການ ແລະ ບຸກຄົນທັງໝົດ; ສິ່ງທີ່ສົ່ງໃຫ້ ແລະ ສິ່ງທີ່ຊິງຄ໌ພາຍຫຼັງແມ່ນຂອງຂໍ້ຕົກລົງນັ້ນເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement</source>
        <translation>ຂໍ້ຕົກລົງ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the other laptop a name, so that both know whose changes are whose.</source>
        <translation>ຕັ້ງຊື່ເຄື່ອງອື່ນກ່ອນ ເພື່ອໃຫ້ທັງສອງເຄື່ອງຮູ້ວ່າການປ່ຽນແປງໃດເປັນຂອງໃຜ</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../mouplanner/ui/dashboard_view.py" line="+153"/>
        <source>The charts could not be counted: %1</source>
        <translation>ນັບຂໍ້ມູນແຜນພູມບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counting…</source>
        <translation>ກຳລັງນັບ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activities by kind per quarter</source>
        <translation>ກິດຈະກຳຕາມປະເພດລາຍໄຕມາດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone status per cooperation area</source>
        <translation>ສະຖານະຈຸດໝາຍຕາມຂົງເຂດການຮ່ວມມື</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants per year</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມລາຍປີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>ຍິງ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Men</source>
        <translation>ຊາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget per currency and year (each currency on its own scale)</source>
        <translation>ງົບປະມານຕາມສະກຸນເງິນ ແລະ ປີ (ແຕ່ລະສະກຸນເງິນໃຊ້ມາດຕາສ່ວນຂອງຕົນເອງ)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Milestones done: %1 of %2</source>
        <translation>ຈຸດໝາຍທີ່ສຳເລັດແລ້ວ: %1 ຈາກ %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants: %1 (women: %2)</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ: %1 ຄົນ (ຍິງ %2 ຄົນ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget:</source>
        <translation>ງົບປະມານ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Side %1</source>
        <translation>ຝ່າຍທີ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side not known</source>
        <translation>ບໍ່ຮູ້ຝ່າຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 open, %3 overdue</source>
        <translation>%1: ຍັງຄ້າງ %2 ເລື່ອງ, ກາຍກຳນົດ %3 ເລື່ອງ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No open action items</source>
        <translation>ບໍ່ມີວຽກທີ່ຕ້ອງປະຕິບັດຄ້າງຢູ່</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No meeting planned</source>
        <translation>ຍັງບໍ່ມີກອງປະຊຸມຕາມແຜນ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In %1 days, %2 working days</source>
        <translation>ອີກ %1 ມື້ (%2 ມື້ເຮັດວຽກ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To prepare: %1 open action items due by then</source>
        <translation>ຕ້ອງກະກຽມ: ວຽກທີ່ຕ້ອງປະຕິບັດ %1 ເລື່ອງທີ່ຄົບກຳນົດກ່ອນກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing here</source>
        <translation>ບໍ່ມີລາຍການ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No activities</source>
        <translation>ຍັງບໍ່ມີກິດຈະກຳ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>ຄວາມຄືບໜ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue milestones</source>
        <translation>ຈຸດໝາຍທີ່ກາຍກຳນົດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities in the next 30 days</source>
        <translation>ກິດຈະກຳໃນ 30 ມື້ຂ້າງໜ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities in the next 90 days</source>
        <translation>ກິດຈະກຳໃນ 90 ມື້ຂ້າງໜ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities by kind</source>
        <translation>ກິດຈະກຳຕາມປະເພດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities by status</source>
        <translation>ກິດຈະກຳຕາມສະຖານະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation>ວຽກທີ່ຕ້ອງປະຕິບັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next meeting</source>
        <translation>ກອງປະຊຸມຄັ້ງຕໍ່ໄປ</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../mouplanner/ui/date_edit.py" line="+136"/>
        <source>day/month/year</source>
        <translation>ວັນ/ເດືອນ/ປີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a date</source>
        <translation>ເລືອກວັນທີ</translation>
    </message>
</context>
<context>
    <name>DatePopup</name>
    <message>
        <location line="+51"/>
        <source>Today</source>
        <translation>ມື້ນີ້</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>ລຶບລ້າງ</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../mouplanner/locale/dates.py" line="+55"/>
        <source>{text}: write the year with four digits, e.g. 2018 or 2561</source>
        <translation>{text}: ກະລຸນາຂຽນປີເປັນຕົວເລກສີ່ຫຼັກ ເຊັ່ນ 2018</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{text} is not a real date</source>
        <translation>{text} ບໍ່ແມ່ນວັນທີທີ່ມີຢູ່ແທ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} is not a date; type day/month/year, e.g. 7/2/2018</source>
        <translation>{text} ບໍ່ແມ່ນວັນທີ ກະລຸນາພິມ ວັນ/ເດືອນ/ປີ ເຊັ່ນ 7/2/2018</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../mouplanner/ui/forms/documents_panel.py" line="+55"/>
        <source>Documents</source>
        <translation>ເອກະສານ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>ຂະໜາດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>ວັນທີແນບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>ໂດຍ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of</source>
        <translation>ເປັນຂອງ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attach…</source>
        <translation>ແນບໄຟລ໌…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>ບັນທຶກເປັນ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At most %1 per file</source>
        <translation>ບໍ່ເກີນ %1 ຕໍ່ໄຟລ໌</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>To the agreement…</source>
        <translation>ແນບກັບຂໍ້ຕົກລົງ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To the %1…</source>
        <translation>ແນບກັບ%1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (not on this laptop yet)</source>
        <translation>%1 (ຍັງບໍ່ມາຮອດເຄື່ອງນີ້)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreement</source>
        <translation>ຂໍ້ຕົກລົງ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Attach a document</source>
        <translation>ແນບເອກະສານ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>attach %1</source>
        <translation>ແນບ %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No program on this computer opens this kind of file; it was saved as %1</source>
        <translation>ບໍ່ມີໂປຣແກຣມໃນເຄື່ອງນີ້ທີ່ເປີດໄຟລ໌ປະເພດນີ້ໄດ້, ຈຶ່ງບັນທຶກໄວ້ທີ່ %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the document as</source>
        <translation>ບັນທຶກເອກະສານເປັນ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document could not be saved: %1</source>
        <translation>ບັນທຶກເອກະສານບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as %1</source>
        <translation>ບັນທຶກເປັນ %1 ແລ້ວ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>remove %1</source>
        <translation>ເອົາ %1 ອອກ</translation>
    </message>
</context>
<context>
    <name>DueNotice</name>
    <message>
        <location filename="../mouplanner/ui/due_view.py" line="+189"/>
        <source>%1 overdue and %2 due within a week: action items, milestones, notices, meetings.</source>
        <translation>ກາຍກຳນົດ %1 ລາຍການ ແລະ ຄົບກຳນົດພາຍໃນໜຶ່ງອາທິດ %2 ລາຍການ: ວຽກທີ່ຕ້ອງປະຕິບັດ, ຫຼັກໄມ, ການແຈ້ງລ່ວງໜ້າ, ກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 overdue: action items, milestones, notices, meetings.</source>
        <translation>ກາຍກຳນົດ %1 ລາຍການ: ວຽກທີ່ຕ້ອງປະຕິບັດ, ຫຼັກໄມ, ການແຈ້ງລ່ວງໜ້າ, ກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%2 due within a week: action items, milestones, notices, meetings.</source>
        <translation>ຄົບກຳນົດພາຍໃນໜຶ່ງອາທິດ %2 ລາຍການ: ວຽກທີ່ຕ້ອງປະຕິບັດ, ຫຼັກໄມ, ການແຈ້ງລ່ວງໜ້າ, ກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what is due</source>
        <translation>ເບິ່ງລາຍການທີ່ຄົບກຳນົດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <location line="-112"/>
        <source>Overdue</source>
        <translation>ກາຍກຳນົດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Within a week</source>
        <translation>ພາຍໃນໜຶ່ງອາທິດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>ພາຍຫຼັງ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is due.</source>
        <translation>ບໍ່ມີລາຍການທີ່ຄົບກຳນົດ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (today)</source>
        <translation>%1 (ມື້ນີ້)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (yesterday)</source>
        <translation>%1 (ມື້ວານນີ້)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (tomorrow)</source>
        <translation>%1 (ມື້ອື່ນ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 days ago)</source>
        <translation>%1 (%2 ມື້ກ່ອນ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (in %2 days)</source>
        <translation>%1 (ອີກ %2 ມື້)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (in %2 days, %3 working days)</source>
        <translation>%1 (ອີກ %2 ມື້, %3 ມື້ເຮັດວຽກ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working days: Monday to Friday, less the public holidays of %1</source>
        <translation>ມື້ເຮັດວຽກ: ວັນຈັນຫາວັນສຸກ ບໍ່ນັບວັນພັກລັດຖະການຂອງ%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working days: Monday to Friday</source>
        <translation>ມື້ເຮັດວຽກ: ວັນຈັນຫາວັນສຸກ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action item due</source>
        <translation>ວຽກທີ່ຕ້ອງປະຕິບັດຄົບກຳນົດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Milestone due</source>
        <translation>ຫຼັກໄມຄົບກຳນົດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day to give notice not to renew</source>
        <translation>ວັນສຸດທ້າຍທີ່ແຈ້ງບໍ່ຕໍ່ອາຍຸໄດ້</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement expires</source>
        <translation>ສັນຍາໝົດອາຍຸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>ກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes not agreed yet</source>
        <translation>ບົດບັນທຶກກອງປະຊຸມຍັງບໍ່ໄດ້ຮັບຮອງ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When</source>
        <translation>ເມື່ອ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action items and milestones due within 14 days or overdue, agreements&apos; last days for notice and expiries within 90 days, meetings in the next 30 days, and minutes not agreed 30 days after the meeting. Enter opens the record.</source>
        <translation>ວຽກທີ່ຕ້ອງປະຕິບັດ ແລະ ຫຼັກໄມທີ່ຄົບກຳນົດພາຍໃນ 14 ມື້ ຫຼື ກາຍກຳນົດ, ວັນສຸດທ້າຍຂອງການແຈ້ງລ່ວງໜ້າ ແລະ ວັນໝົດອາຍຸຂອງສັນຍາພາຍໃນ 90 ມື້, ກອງປະຊຸມໃນ 30 ມື້ຂ້າງໜ້າ ແລະ ບົດບັນທຶກກອງປະຊຸມທີ່ຍັງບໍ່ໄດ້ຮັບຮອງຫຼັງກອງປະຊຸມ 30 ມື້. ກົດ Enter ເພື່ອເປີດບັນທຶກ</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../mouplanner/services/records.py" line="+49"/>
        <source>This record was changed by {who} since you opened it; reopen it to see the changes.</source>
        <translation>ຂໍ້ມູນນີ້ຖືກແກ້ໄຂໂດຍ {who} ຫຼັງຈາກທີ່ທ່ານເປີດ ກະລຸນາເປີດໃໝ່ເພື່ອເບິ່ງການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/migrate.py" line="+63"/>
        <location filename="../mouplanner/storage/workspace.py" line="+152"/>
        <source>{name} was saved by a newer version of mouplanner (schema {schema}); update mouplanner to open it</source>
        <translation>{name} ຖືກບັນທຶກດ້ວຍ mouplanner ລຸ້ນທີ່ໃໝ່ກວ່າ (ໂຄງສ້າງ {schema}) ກະລຸນາອັບເດດ mouplanner ກ່ອນເປີດ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{name} cannot be brought up to date: its tables do not match its schema version {schema} ({reason}); nothing was changed</source>
        <translation>ບໍ່ສາມາດປັບ {name} ໃຫ້ເປັນລຸ້ນລ່າສຸດໄດ້: ຕາຕະລາງໃນໄຟລ໌ບໍ່ກົງກັບລຸ້ນໂຄງສ້າງ {schema} ({reason}); ບໍ່ມີການປ່ຽນແປງໃດໆ</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/workspace.py" line="-75"/>
        <location line="+64"/>
        <source>{name} is a database but not a mouplanner workspace</source>
        <translation>{name} ເປັນຖານຂໍ້ມູນ ແຕ່ບໍ່ແມ່ນບ່ອນເຮັດວຽກຂອງ mouplanner</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>{name} cannot be used: its workspace details are missing or damaged ({reason}); restore its latest backup with mouplanner restore</source>
        <translation>ໃຊ້ {name} ບໍ່ໄດ້: ລາຍລະອຽດຂອງບ່ອນເຮັດວຽກຫາຍໄປ ຫຼື ເສຍຫາຍ ({reason}) ກູ້ຄືນຈາກສຳເນົາສຳຮອງລ່າສຸດດ້ວຍຄຳສັ່ງ mouplanner restore</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} already exists; choose another name</source>
        <translation>ມີ {path} ຢູ່ແລ້ວ ກະລຸນາເລືອກຊື່ອື່ນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder {path} does not exist</source>
        <translation>ບໍ່ມີໂຟນເດີ {path}</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/postgres/dumps.py" line="+28"/>
        <source>{tool} is missing: install PostgreSQL&apos;s client programs (postgresql-client)</source>
        <translation>ບໍ່ພົບ {tool}: ຕິດຕັ້ງໂປຣແກຣມໄຄລເອັນຂອງ PostgreSQL (postgresql-client)</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../mouplanner/storage/workspace.py" line="+26"/>
        <source>{path} does not exist</source>
        <translation>ບໍ່ພົບ {path}</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/workspace.py" line="+3"/>
        <source>{path} is a folder, not a workspace file</source>
        <translation>{path} ເປັນໂຟນເດີ ບໍ່ແມ່ນໄຟລ໌ບ່ອນເຮັດວຽກ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a mouplanner workspace (not an SQLite database)</source>
        <translation>{name} ບໍ່ແມ່ນບ່ອນເຮັດວຽກຂອງ mouplanner (ບໍ່ແມ່ນຖານຂໍ້ມູນ SQLite)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} carries no schema version mouplanner knows ({schema}); it was changed by another program</source>
        <translation>{name} ບໍ່ມີລຸ້ນໂຄງສ້າງຂໍ້ມູນທີ່ mouplanner ຮູ້ຈັກ ({schema}) ໄຟລ໌ຖືກແກ້ໄຂໂດຍໂປຣແກຣມອື່ນ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} was saved by an older version of mouplanner; open it for editing once to bring it up to date</source>
        <translation>{name} ຖືກບັນທຶກໂດຍ mouplanner ລຸ້ນເກົ່າກວ່າ ໃຫ້ເປີດແບບແກ້ໄຂໄດ້ໜຶ່ງຄັ້ງເພື່ອປັບໃຫ້ເປັນປັດຈຸບັນ</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+127"/>
        <source>{name} cannot be read: it is damaged ({reason})</source>
        <translation>ບໍ່ສາມາດອ່ານ {name} ໄດ້ ເນື່ອງຈາກໄຟລ໌ເສຍຫາຍ ({reason})</translation>
    </message>
    <message>
        <location line="-47"/>
        <location filename="../mouplanner/ui/document.py" line="+88"/>
        <source>{name} is open read-only</source>
        <translation>{name} ເປີດແບບອ່ານຢ່າງດຽວ</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name} is the workspace itself; choose another name</source>
        <translation>{name} ແມ່ນບ່ອນເຮັດວຽກນີ້ເອງ ກະລຸນາເລືອກຊື່ອື່ນ</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/errors.py" line="+78"/>
        <source>the backup could not be written ({reason})</source>
        <translation>ບໍ່ສາມາດບັນທຶກຂໍ້ມູນສຳຮອງໄດ້ ({reason})</translation>
    </message>
    <message>
        <location filename="../mouplanner/cli/main.py" line="+229"/>
        <location filename="../mouplanner/storage/errors.py" line="+8"/>
        <source>{name} is damaged ({reason}); nothing was changed. Restore its latest backup (File &gt; Restore from backup, or mouplanner restore)</source>
        <translation>{name} ເສຍຫາຍ ({reason}) ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ ກູ້ຄືນຈາກສຳເນົາສຳຮອງລ່າສຸດ (ແຟ້ມ &gt; ກູ້ຄືນຈາກຂໍ້ມູນສຳຮອງ ຫຼື mouplanner restore)</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/sqlite/backups.py" line="+154"/>
        <source>there is no backup of {name}</source>
        <translation>ບໍ່ມີຂໍ້ມູນສຳຮອງຂອງ {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not a workspace backup</source>
        <translation>{name} ບໍ່ແມ່ນຂໍ້ມູນສຳຮອງຂອງບ່ອນເຮັດວຽກ</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/lock.py" line="+37"/>
        <source>{name} is already open for editing (by {who} on {host}); you can open it read-only</source>
        <translation>{name} ກຳລັງຖືກເປີດແກ້ໄຂຢູ່ (ໂດຍ {who} ຢູ່ເຄື່ອງ {host}) ທ່ານເປີດແບບອ່ານຢ່າງດຽວໄດ້</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is already open for editing in another window or on another computer; you can open it read-only</source>
        <translation>{name} ເປີດແກ້ໄຂຢູ່ແລ້ວໃນໜ້າຕ່າງອື່ນ ຫຼື ໃນຄອມພິວເຕີເຄື່ອງອື່ນ ທ່ານສາມາດເປີດແບບອ່ານຢ່າງດຽວໄດ້</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/errors.py" line="-32"/>
        <source>cannot connect to {server}: {reason}</source>
        <translation>ເຊື່ອມຕໍ່ກັບ {server} ບໍ່ໄດ້: {reason}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{name} cannot be written: the file or its folder is read-only</source>
        <translation>ບໍ່ສາມາດບັນທຶກ {name} ໄດ້ ເນື່ອງຈາກໄຟລ໌ ຫຼື ໂຟນເດີເປັນແບບອ່ານຢ່າງດຽວ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be written: the disk is full; nothing was changed</source>
        <translation>ບໍ່ສາມາດບັນທຶກ {name} ໄດ້ ເນື່ອງຈາກດິສກ໌ເຕັມ ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} refused the change: {reason}; nothing was changed. Ask its administrator for the right to make it</source>
        <translation>{name} ບໍ່ຍອມຮັບການປ່ຽນແປງ: {reason} ບໍ່ມີຫຍັງຖືກປ່ຽນ. ຂໍສິດຈາກຜູ້ເບິ່ງແຍງລະບົບ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection to {name} was lost ({reason}); nothing was changed. Try again when the server is back</source>
        <translation>ການເຊື່ອມຕໍ່ກັບ {name} ຂາດຫາຍ ({reason}); ບໍ່ມີຫຍັງຖືກປ່ຽນ. ລອງອີກຄັ້ງເມື່ອເຊີບເວີກັບມາ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} was busy with other people&apos;s changes; nothing was changed. Try again</source>
        <translation>{name} ກຳລັງບັນທຶກການປ່ຽນແປງຂອງຄົນອື່ນ ຈຶ່ງຍັງບໍ່ມີການປ່ຽນແປງໃດ ກະລຸນາລອງອີກຄັ້ງ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is busy: another program is writing it; try again in a moment</source>
        <translation>{name} ກຳລັງຖືກໃຊ້ງານ: ມີໂປຣແກຣມອື່ນກຳລັງບັນທຶກຢູ່ ກະລຸນາລອງໃໝ່ອີກຈັກໜ້ອຍ</translation>
    </message>
    <message>
        <location filename="../mouplanner/cli/errors.py" line="+33"/>
        <location filename="../mouplanner/storage/errors.py" line="+2"/>
        <source>{name} cannot be read: it is damaged ({reason}); restore its latest backup with mouplanner restore</source>
        <translation>ບໍ່ສາມາດອ່ານ {name} ໄດ້ ເນື່ອງຈາກໄຟລ໌ເສຍຫາຍ ({reason}) ກູ້ຄືນຈາກສຳເນົາສຳຮອງລ່າສຸດດ້ວຍຄຳສັ່ງ mouplanner restore</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/postgres/backend.py" line="+152"/>
        <source>{name} was made by an older version of mouplanner and only its administrator can bring it up to date (mouplanner server upgrade)</source>
        <translation>{name} ສ້າງດ້ວຍ mouplanner ລຸ້ນເກົ່າ ແລະ ມີແຕ່ຜູ້ເບິ່ງແຍງລະບົບເທົ່ານັ້ນທີ່ປັບໃຫ້ເປັນປັດຈຸບັນໄດ້ (mouplanner server upgrade)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>a workspace on a server is copied by its server&apos;s backup (pg_dump), not saved as a file</source>
        <translation>ບ່ອນເຮັດວຽກຢູ່ເທິງເຊີບເວີ ສຳເນົາໄດ້ດ້ວຍການສຳຮອງຂໍ້ມູນຂອງເຊີບເວີ (pg_dump) ບໍ່ແມ່ນບັນທຶກເປັນແຟ້ມ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} already holds a workspace; restore into a new, empty database (createdb)</source>
        <translation>{name} ມີບ່ອນເຮັດວຽກຢູ່ແລ້ວ, ໃຫ້ກູ້ຄືນລົງໃນຖານຂໍ້ມູນໃໝ່ທີ່ຫວ່າງເປົ່າ (createdb)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no backup of {name} is kept here; name the file</source>
        <translation>ບໍ່ມີຂໍ້ມູນສຳຮອງຂອງ {name} ເກັບໄວ້ຢູ່ນີ້, ໃຫ້ລະບຸຊື່ໄຟລ໌</translation>
    </message>
    <message>
        <location filename="../mouplanner/services/rights.py" line="+30"/>
        <source>{name} is a file: rights are kept by a workspace on a server</source>
        <translation>{name} ເປັນໄຟລ໌: ສິດມີສະເພາະບ່ອນເຮັດວຽກເທິງເຊີບເວີ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name} has no agreement {code}; its agreements are {known}</source>
        <translation>{name} ບໍ່ມີຂໍ້ຕົກລົງ {code}, ຂໍ້ຕົກລົງທີ່ມີແມ່ນ {known}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the server has no login {member}; its administrator makes one first (createuser --pwprompt {member})</source>
        <translation>ເຊີບເວີບໍ່ມີຊື່ຜູ້ໃຊ້ {member}, ຜູ້ເບິ່ງແຍງລະບົບຕ້ອງສ້າງກ່ອນ (createuser --pwprompt {member})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{member} cannot take their own admin right; another admin can</source>
        <translation>{member} ບໍ່ສາມາດຖອນສິດຜູ້ເບິ່ງແຍງຂອງຕົນເອງໄດ້ ຜູ້ເບິ່ງແຍງຄົນອື່ນເຮັດໄດ້</translation>
    </message>
    <message>
        <location filename="../mouplanner/services/concurrent.py" line="+30"/>
        <source>{who} changed this record at {when} since you opened it, in the fields you changed too; choose which values to keep</source>
        <translation>{who} ແກ້ໄຂລາຍການນີ້ເມື່ອ {when} ຫຼັງຈາກທີ່ທ່ານເປີດ ໃນຊ່ອງຂໍ້ມູນດຽວກັນກັບທີ່ທ່ານແກ້ໄຂ. ເລືອກຄ່າທີ່ຈະເກັບໄວ້</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{who} changed rows of this table at {when} since you opened the record, rows you changed too. The table now shows them as they are: make your change again, then save</source>
        <translation>{who} ໄດ້ແກ້ໄຂແຖວໃນຕາຕະລາງນີ້ເມື່ອ {when} ຫຼັງຈາກທີ່ທ່ານເປີດບັນທຶກນີ້, ເຊິ່ງແມ່ນແຖວດຽວກັນກັບທີ່ທ່ານແກ້ໄຂ. ຕາຕະລາງນີ້ສະແດງແຖວຕາມທີ່ເປັນຢູ່ໃນຕອນນີ້ແລ້ວ: ກະລຸນາແກ້ໄຂອີກຄັ້ງ ແລ້ວບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../mouplanner/services/documents.py" line="+51"/>
        <source>{name} is not a file</source>
        <translation>{name} ບໍ່ແມ່ນໄຟລ໌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is {size} MB: a document can be at most {limit} MB; attach a smaller copy (a scan at a lower resolution, a PDF instead of the slides)</source>
        <translation>{name} ມີຂະໜາດ {size} MB: ເອກະສານມີຂະໜາດໄດ້ບໍ່ເກີນ {limit} MB; ກະລຸນາແນບສະບັບທີ່ນ້ອຍລົງ (ສະແກນດ້ວຍຄວາມລະອຽດຕ່ຳລົງ ຫຼື PDF ແທນໄຟລ໌ສະໄລ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} changed while it was read</source>
        <translation>{name} ຖືກປ່ຽນໃນລະຫວ່າງທີ່ອ່ານຢູ່</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../mouplanner/standards/mspdi_read.py" line="+72"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>ອ່ານ {name} ບໍ່ໄດ້: {reason}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>this document was removed meanwhile</source>
        <translation>ເອກະສານນີ້ຖືກເອົາອອກໄປແລ້ວໃນລະຫວ່າງນີ້</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has not reached this laptop yet: it comes with a later exchange or sync</source>
        <translation>{name} ຍັງບໍ່ມາຮອດເຄື່ອງນີ້: ຈະມາກັບການແລກປ່ຽນ ຫຼື ການຊິງຄັ້ງຕໍ່ໄປ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is damaged in this workspace (its content no longer matches what was attached); restore a backup, or attach it again</source>
        <translation>{name} ເສຍຫາຍໃນພື້ນທີ່ເຮັດວຽກນີ້ (ເນື້ອໃນບໍ່ກົງກັບທີ່ແນບໄວ້); ກະລຸນາກູ້ຄືນຈາກສຳຮອງຂໍ້ມູນ ຫຼື ແນບໃໝ່</translation>
    </message>
    <message>
        <location filename="../mouplanner/services/iati_settings.py" line="+92"/>
        <source>the IATI settings were not kept: {problems}</source>
        <translation>ບໍ່ໄດ້ບັນທຶກການຕັ້ງຄ່າ IATI: {problems}</translation>
    </message>
    <message>
        <location filename="../mouplanner/standards/iati.py" line="+39"/>
        <source>nothing was written; IATI needs: {missing}</source>
        <translation>ບໍ່ໄດ້ຂຽນໄຟລ໌ໃດ IATI ຕ້ອງການ: {missing}</translation>
    </message>
    <message>
        <location filename="../mouplanner/standards/mspdi_import.py" line="+198"/>
        <source>{name}: {count} conflicts are not settled; nothing was changed</source>
        <translation>{name}: ຍັງມີຂໍ້ຂັດແຍ່ງ {count} ລາຍການທີ່ຍັງບໍ່ໄດ້ຕັດສິນ ຈຶ່ງບໍ່ມີການປ່ຽນແປງໃດ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: {problem}; nothing was changed</source>
        <translation>{name}: {problem} ຈຶ່ງບໍ່ມີການປ່ຽນແປງໃດ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: the workspace changed after the check; check the file again</source>
        <translation>{name}: ບ່ອນເຮັດວຽກປ່ຽນໄປຫຼັງການກວດສອບ ກະລຸນາກວດສອບໄຟລ໌ອີກຄັ້ງ</translation>
    </message>
    <message>
        <location filename="../mouplanner/standards/mspdi_read.py" line="+3"/>
        <source>{name} is {size} MB: a plan can be at most {limit} MB</source>
        <translation>{name} ມີຂະໜາດ {size} MB: ແຜນມີຂະໜາດໄດ້ບໍ່ເກີນ {limit} MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} declares a document type, entities or outside references, which a plan never needs; it was not read</source>
        <translation>{name} ປະກາດຊະນິດເອກະສານ, ເອັນທິຕີ ຫຼື ການອ້າງອີງພາຍນອກ ເຊິ່ງແຜນບໍ່ຈຳເປັນຕ້ອງມີ ຈຶ່ງບໍ່ໄດ້ອ່ານໄຟລ໌</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not well-formed XML ({reason})</source>
        <translation>{name} ບໍ່ແມ່ນ XML ທີ່ຖືກຕ້ອງ ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not an MS Project XML file (its first element is {tag}, not Project)</source>
        <translation>{name} ບໍ່ແມ່ນໄຟລ໌ XML ຂອງ MS Project (ອົງປະກອບທຳອິດແມ່ນ {tag} ບໍ່ແມ່ນ Project)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: task {uid} has an outline level or a % complete that is not a number</source>
        <translation>{name}: ວຽກ {uid} ມີລະດັບໂຄງຮ່າງ ຫຼື ສ່ວນຮ້ອຍຄວາມຄືບໜ້າທີ່ບໍ່ແມ່ນຕົວເລກ</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../mouplanner/excel/data_export.py" line="+36"/>
        <source>Instructions</source>
        <translation>ຄຳແນະນຳ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to use this workbook</source>
        <translation>ວິທີໃຊ້ປຶ້ມວຽກນີ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each sheet holds one kind of record. Edit the cells, add rows at the bottom, then import the workbook in mouplanner (File &gt; Import from Excel).</source>
        <translation>ແຕ່ລະແຜ່ນງານເກັບຂໍ້ມູນໜຶ່ງປະເພດ ແກ້ໄຂໃນຫ້ອງ ເພີ່ມແຖວໃໝ່ຕໍ່ທ້າຍ ແລ້ວນຳເຂົ້າປຶ້ມວຽກໃນ mouplanner (ແຟ້ມ &gt; ນຳເຂົ້າຈາກ Excel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows with an ID update that record; rows without one create a new record. Do not change or copy the hidden ID and Version columns.</source>
        <translation>ແຖວທີ່ມີລະຫັດ (ID) ຈະປັບປຸງລາຍການນັ້ນ ແຖວທີ່ບໍ່ມີລະຫັດຈະສ້າງລາຍການໃໝ່ ຫ້າມແກ້ໄຂ ຫຼື ສຳເນົາຖັນ ID ແລະ Version ທີ່ເຊື່ອງໄວ້</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To delete a record, choose “delete” in its Delete? column. A row you remove from the sheet is not deleted from the workspace.</source>
        <translation>ຖ້າຕ້ອງການລຶບລາຍການ ໃຫ້ເລືອກ “ລຶບ” ໃນຖັນ ລຶບ? ການລຶບແຖວອອກຈາກແຜ່ນງານບໍ່ໄດ້ລຶບລາຍການອອກຈາກບ່ອນເຮັດວຽກ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates: type them as day/month/year (7/2/2561 or 7/2/2018) or with the month name; Buddhist-era years and Thai or Lao digits are understood.</source>
        <translation>ວັນທີ: ພິມເປັນ ວັນ/ເດືອນ/ປີ (7/2/2018) ຫຼື ໃຊ້ຊື່ເດືອນ ໃຊ້ຕົວເລກລາວໄດ້</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinds, statuses, currencies and links to other records: pick from the list in the cell. Headers may be in English, Thai or Lao, in any order.</source>
        <translation>ປະເພດ, ສະຖານະ, ສະກຸນເງິນ ແລະ ການອ້າງເຖິງລາຍການອື່ນ: ເລືອກຈາກລາຍການໃນຫ້ອງ ຫົວຖັນເປັນພາສາອັງກິດ, ໄທ ຫຼື ລາວ ແລະ ລຽງລຳດັບໃດກໍໄດ້</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mouplanner checks everything before it changes anything, and shows each problem with its sheet, row and column.</source>
        <translation>mouplanner ກວດສອບທັງໝົດກ່ອນປ່ຽນແປງຂໍ້ມູນ ແລະ ສະແດງບັນຫາແຕ່ລະລາຍການພ້ອມແຜ່ນງານ, ແຖວ ແລະ ຖັນ</translation>
    </message>
    <message>
        <location filename="../mouplanner/excel/importer.py" line="+168"/>
        <source>an existing {entity}: pick one from the list in the cell</source>
        <translation>{entity}ທີ່ມີຢູ່ແລ້ວ: ເລືອກຈາກລາຍການໃນຫ້ອງ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one {entity}; several match this text, pick one from the list in the cell</source>
        <translation>{entity}ພຽງລາຍການດຽວ ຂໍ້ຄວາມນີ້ກົງກັບຫຼາຍລາຍການ ກະລຸນາເລືອກຈາກລາຍການໃນຫ້ອງ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this column is not one mouplanner knows; it was ignored</source>
        <translation>mouplanner ບໍ່ຮູ້ຈັກຖັນນີ້ ຈຶ່ງຂ້າມໄປ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a value: this formula has no saved result, so importing would empty the field (open and save the workbook in Excel or LibreOffice first)</source>
        <translation>ຄ່າໃນຫ້ອງ: ສູດນີ້ບໍ່ມີຜົນທີ່ບັນທຶກໄວ້ ການນຳເຂົ້າຈະເຮັດໃຫ້ຊ່ອງນີ້ຫວ່າງ (ເປີດ ແລະ ບັນທຶກປຶ້ມວຽກໃນ Excel ຫຼື LibreOffice ກ່ອນ)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>one row for each record: this record is also on row {other}, so one of the two edits would be lost; keep one row</source>
        <translation>ໜຶ່ງແຖວຕໍ່ໜຶ່ງລາຍການ: ລາຍການນີ້ຢູ່ໃນແຖວ {other} ນຳ ການແກ້ໄຂໜຶ່ງໃນສອງແຖວຈະເສຍໄປ ໃຫ້ເກັບໄວ້ແຖວດຽວ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an ID of this workspace; this row comes from another workspace or was changed by hand</source>
        <translation>ລະຫັດຂອງບ່ອນເຮັດວຽກນີ້ ແຖວນີ້ມາຈາກບ່ອນເຮັດວຽກອື່ນ ຫຼື ຖືກແກ້ໄຂດ້ວຍມື</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a live record: it was deleted in the workspace after the export, so this row was left out</source>
        <translation>ລາຍການທີ່ຍັງຢູ່: ລາຍການນີ້ຖືກລຶບໃນບ່ອນເຮັດວຽກຫຼັງການສົ່ງອອກ ຈຶ່ງບໍ່ນຳເຂົ້າແຖວນີ້</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“delete” to delete this record, or an empty cell</source>
        <translation>“ລຶບ” ເພື່ອລຶບລາຍການນີ້ ຫຼື ປະຫວ່າງໄວ້</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the hidden ID column: it was deleted, so every row would create its record a second time; export the data workbook again and make the changes there</source>
        <translation>ຖັນ ID ທີ່ເຊື່ອງໄວ້: ຖືກລຶບໄປແລ້ວ ທຸກແຖວຈະສ້າງລາຍການຊ້ຳເປັນຄັ້ງທີສອງ ໃຫ້ສົ່ງອອກປຶ້ມວຽກຂໍ້ມູນໃໝ່ແລ້ວແກ້ໄຂໃນປຶ້ມວຽກນັ້ນ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cells that are not merged: rows {first} to {last} have merged cells, which keep the first cell&apos;s value and empty the others; unmerge them</source>
        <translation>ຫ້ອງທີ່ບໍ່ໄດ້ລວມ: ແຖວ {first} ຫາ {last} ມີຫ້ອງທີ່ລວມໄວ້ ເຊິ່ງເກັບສະເພາະຄ່າຂອງຫ້ອງທຳອິດ ແລະ ເຮັດໃຫ້ຫ້ອງອື່ນຫວ່າງ ໃຫ້ຍົກເລີກການລວມຫ້ອງ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{name} is not a data workbook or a template of mouplanner (a report, or a workbook made elsewhere), so it cannot be imported. To edit records in Excel, export the data workbook (File &gt; Export data workbook…) or start from a template (File &gt; New Excel template…), edit that and import it</source>
        <translation>{name} ບໍ່ແມ່ນປຶ້ມວຽກຂໍ້ມູນ ຫຼື ແມ່ແບບຂອງ mouplanner (ເປັນລາຍງານ ຫຼື ປຶ້ມວຽກທີ່ສ້າງຈາກບ່ອນອື່ນ) ຈຶ່ງນຳເຂົ້າບໍ່ໄດ້. ຖ້າຕ້ອງການແກ້ໄຂລາຍການໃນ Excel ໃຫ້ສົ່ງອອກປຶ້ມວຽກຂໍ້ມູນ (ແຟ້ມ &gt; ສົ່ງອອກປຶ້ມວຽກຂໍ້ມູນ…) ຫຼື ເລີ່ມຈາກແມ່ແບບ (ແຟ້ມ &gt; ແມ່ແບບ Excel ໃໝ່…) ແກ້ໄຂແລ້ວນຳເຂົ້າ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} was exported from another workspace; import it into the workspace it came from</source>
        <translation>{name} ສົ່ງອອກມາຈາກບ່ອນເຮັດວຽກອື່ນ ກະລຸນານຳເຂົ້າໃນບ່ອນເຮັດວຽກຕົ້ນທາງ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a sheet mouplanner knows; this sheet was ignored</source>
        <translation>ແຜ່ນງານທີ່ mouplanner ຮູ້ຈັກ ແຜ່ນງານນີ້ຈຶ່ງຖືກຂ້າມ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a header row with mouplanner&apos;s column names in the first rows; none was found</source>
        <translation>ແຖວຫົວຕາຕະລາງທີ່ມີຊື່ຖັນຂອງ mouplanner ໃນແຖວທຳອິດ ແຕ່ບໍ່ພົບ</translation>
    </message>
    <message>
        <location filename="../mouplanner/excel/import_apply.py" line="+30"/>
        <source>the import has problems or unresolved conflicts; nothing was changed</source>
        <translation>ການນຳເຂົ້າມີບັນຫາ ຫຼື ຂໍ້ຂັດແຍ່ງທີ່ຍັງບໍ່ໄດ້ແກ້ ຈຶ່ງບໍ່ມີການປ່ຽນແປງໃດໆ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the workspace changed after the check; check the workbook again</source>
        <translation>ບ່ອນເຮັດວຽກປ່ຽນໄປຫຼັງການກວດສອບ ກະລຸນາກວດສອບປຶ້ມວຽກອີກຄັ້ງ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the import was refused and nothing was changed: {reason}</source>
        <translation>ການນຳເຂົ້າຖືກປະຕິເສດ ແລະ ບໍ່ມີການປ່ຽນແປງໃດໆ: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing was imported: the backup made first could not be written ({reason}); check the space on the disk and import the workbook again</source>
        <translation>ບໍ່ມີການນຳເຂົ້າຂໍ້ມູນໃດໆ: ບໍ່ສາມາດບັນທຶກຂໍ້ມູນສຳຮອງທີ່ຕ້ອງເຮັດກ່ອນໄດ້ ({reason}) ກະລຸນາກວດເບິ່ງບ່ອນຫວ່າງໃນດິສກ໌ ແລ້ວນຳເຂົ້າປຶ້ມວຽກອີກຄັ້ງ</translation>
    </message>
    <message>
        <location filename="../mouplanner/excel/reader.py" line="+116"/>
        <source>sheet {sheet} has {rows} rows and {columns} columns; at most {max_rows} rows and {max_columns} columns can be imported</source>
        <translation>ແຜ່ນງານ {sheet} ມີ {rows} ແຖວ {columns} ຖັນ ນຳເຂົ້າໄດ້ບໍ່ເກີນ {max_rows} ແຖວ ແລະ {max_columns} ຖັນ</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+19"/>
        <location filename="../mouplanner/excel/safety.py" line="+67"/>
        <location line="+31"/>
        <source>{name} is damaged or truncated ({reason}); it cannot be read</source>
        <translation>{name} ເສຍຫາຍ ຫຼື ບໍ່ສົມບູນ ({reason}) ຈຶ່ງອ່ານບໍ່ໄດ້</translation>
    </message>
    <message>
        <location filename="../mouplanner/excel/report.py" line="+38"/>
        <location line="+77"/>
        <source>All agreements</source>
        <translation>ຂໍ້ຕົກລົງທັງໝົດ</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>all dates</source>
        <translation>ທຸກໄລຍະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation report</source>
        <translation>ບົດລາຍງານການຮ່ວມມື</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>ຂອບເຂດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporting period</source>
        <translation>ໄລຍະທີ່ລາຍງານ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report date</source>
        <translation>ວັນທີລາຍງານ</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+45"/>
        <location line="+28"/>
        <source>Agreement</source>
        <translation>ຂໍ້ຕົກລົງ</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+73"/>
        <source>Cooperation area</source>
        <translation>ຂົງເຂດການຮ່ວມມື</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+70"/>
        <source>Workstreams</source>
        <translation>ແຜນງານ</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+78"/>
        <source>Milestones done</source>
        <translation>ຈຸດໝາຍທີ່ສຳເລັດ</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+78"/>
        <source>Milestones total</source>
        <translation>ຈຸດໝາຍທັງໝົດ</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Milestones overdue</source>
        <translation>ຈຸດໝາຍກາຍກຳນົດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <location line="+12"/>
        <source>Participants</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+122"/>
        <source>of whom women</source>
        <translation>ໃນນີ້ເປັນຍິງ</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Budget</source>
        <translation>ງົບປະມານ</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+4"/>
        <source>Total</source>
        <translation>ລວມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>ສະຫຼຸບ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agreements</source>
        <translation>ຂໍ້ຕົກລົງ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>ລົງນາມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>ສະຖານະຕາມກຳນົດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force from</source>
        <translation>ມີຜົນແຕ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current term ends</source>
        <translation>ກຳນົດປັດຈຸບັນສິ້ນສຸດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day to give notice</source>
        <translation>ມື້ສຸດທ້າຍທີ່ແຈ້ງໄດ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewals</source>
        <translation>ຈຳນວນຄັ້ງທີ່ຕໍ່ອາຍຸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice given</source>
        <translation>ວັນທີແຈ້ງບໍ່ຕໍ່ອາຍຸ</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+19"/>
        <location line="+25"/>
        <location line="+71"/>
        <source>Workstream</source>
        <translation>ແຜນງານ</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+20"/>
        <location line="+26"/>
        <location line="+64"/>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Lead organisation, side 1</source>
        <translation>ອົງການນຳພາ ຝ່າຍທີ 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead organisation, side 2</source>
        <translation>ອົງການນຳພາ ຝ່າຍທີ 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <location line="+20"/>
        <source>Planned start</source>
        <translation>ເລີ່ມຕາມແຜນ</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+44"/>
        <source>Planned end</source>
        <translation>ສິ້ນສຸດຕາມແຜນ</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Progress %</source>
        <translation>ຄວາມຄືບໜ້າ %</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+86"/>
        <source>overdue</source>
        <translation>ກາຍກຳນົດ</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Milestones</source>
        <translation>ຈຸດໝາຍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestone</source>
        <translation>ຈຸດໝາຍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned date</source>
        <translation>ວັນທີຕາມແຜນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual date</source>
        <translation>ວັນທີຕົວຈິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <source>Overdue</source>
        <translation>ກາຍກຳນົດ</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Days moved since the baseline</source>
        <translation>ຈຳນວນມື້ທີ່ເລື່ອນຈາກແຜນພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliverable</source>
        <translation>ຜົນງານທີ່ຕ້ອງສົ່ງມອບ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Activities</source>
        <translation>ກິດຈະກຳ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Activity</source>
        <translation>ກິດຈະກຳ</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place</source>
        <translation>ສະຖານທີ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../mouplanner/kinds/activities.py" line="+24"/>
        <location filename="../mouplanner/kinds/people.py" line="+14"/>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host organisation</source>
        <translation>ອົງການເຈົ້າພາບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>ທິດທາງ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency</source>
        <translation>ສະກຸນເງິນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>ແຫຼ່ງທຶນ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Organisation</source>
        <translation>ອົງການ</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Position</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Indicators</source>
        <translation>ຕົວຊີ້ວັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>ຕົວຊີ້ວັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>ຫົວໜ່ວຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>ຄ່າພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline year or period</source>
        <translation>ປີ ຫຼື ໄລຍະຂອງຄ່າພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>ໄລຍະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>ແຕ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>ຄາດໝາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>ຕົວຈິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved %</source>
        <translation>ບັນລຸ %</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Action items</source>
        <translation>ວຽກທີ່ຕ້ອງປະຕິບັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>ກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>ວັນທີປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item</source>
        <translation>ວຽກທີ່ຕ້ອງປະຕິບັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>ຜູ້ຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>ຝ່າຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>ກຳນົດສຳເລັດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last update</source>
        <translation>ຄວາມຄືບໜ້າຫຼ້າສຸດເມື່ອ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it stands</source>
        <translation>ສະຖານະຫຼ້າສຸດ</translation>
    </message>
    <message>
        <location filename="../mouplanner/excel/safety.py" line="-60"/>
        <source>{name}: the workbook contains XML entity declarations, which mouplanner refuses for safety; save it again from Excel or LibreOffice</source>
        <translation>{name}: ປຶ້ມວຽກມີການປະກາດ XML entity ເຊິ່ງ mouplanner ບໍ່ຮັບເພື່ອຄວາມປອດໄພ ກະລຸນາບັນທຶກໃໝ່ຈາກ Excel ຫຼື LibreOffice</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} does not exist</source>
        <translation>ບໍ່ພົບ {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is empty</source>
        <translation>{name} ເປັນໄຟລ໌ຫວ່າງ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is {size} MB; at most {limit} MB can be imported</source>
        <translation>{name} ມີຂະໜາດ {size} MB ນຳເຂົ້າໄດ້ບໍ່ເກີນ {limit} MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is password-protected or an old .xls workbook; remove the password or save it as .xlsx (Excel Workbook) and try again</source>
        <translation>{name} ມີລະຫັດຜ່ານ ຫຼື ເປັນໄຟລ໌ .xls ແບບເກົ່າ ກະລຸນາເອົາລະຫັດຜ່ານອອກ ຫຼື ບັນທຶກເປັນ .xlsx (Excel Workbook) ແລ້ວລອງໃໝ່</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is not an Excel workbook (.xlsx); save it as Excel Workbook (.xlsx) and try again</source>
        <translation>{name} ບໍ່ແມ່ນປຶ້ມວຽກ Excel (.xlsx) ກະລຸນາບັນທຶກເປັນ Excel Workbook (.xlsx) ແລ້ວລອງໃໝ່</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is a zip file but not an Excel workbook (.xlsx)</source>
        <translation>{name} ເປັນໄຟລ໌ zip ແຕ່ບໍ່ແມ່ນປຶ້ມວຽກ Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} contains macros; save it as a workbook without macros (.xlsx) and try again</source>
        <translation>{name} ມີແມໂຄຣ ກະລຸນາບັນທຶກເປັນປຶ້ມວຽກທີ່ບໍ່ມີແມໂຄຣ (.xlsx) ແລ້ວລອງໃໝ່</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} would unpack to {size} MB ({ratio} times its size); this is not a normal workbook and was not opened</source>
        <translation>{name} ຈະຂະຫຍາຍເປັນ {size} MB ({ratio} ເທົ່າຂອງຂະໜາດໄຟລ໌) ບໍ່ແມ່ນປຶ້ມວຽກປົກກະຕິ ຈຶ່ງບໍ່ເປີດ</translation>
    </message>
    <message>
        <location filename="../mouplanner/excel/schema.py" line="+20"/>
        <source>ID (do not edit)</source>
        <translation>ລະຫັດ (ຫ້າມແກ້ໄຂ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version (do not edit)</source>
        <translation>ລຸ້ນ (ຫ້າມແກ້ໄຂ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete?</source>
        <translation>ລຶບ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row check (do not edit)</source>
        <translation>ກວດແຖວ (ຫ້າມແກ້ໄຂ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/shared.py" line="+9"/>
        <source>Title (English)</source>
        <translation>ຫົວຂໍ້ (ອັງກິດ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title (Thai)</source>
        <translation>ຫົວຂໍ້ (ໄທ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Lao)</source>
        <translation>ຫົວຂໍ້ (ລາວ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (English)</source>
        <translation>ຊື່ (ອັງກິດ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Thai)</source>
        <translation>ຊື່ (ໄທ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Lao)</source>
        <translation>ຊື່ (ລາວ)</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="+9"/>
        <source>Course (training)</source>
        <translation>ຫຼັກສູດ (ການຝຶກອົບຮົມ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours (training)</source>
        <translation>ຈຳນວນຊົ່ວໂມງ (ການຝຶກອົບຮົມ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates issued (training)</source>
        <translation>ໃບຢັ້ງຢືນທີ່ມອບ (ການຝຶກອົບຮົມ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field of expertise (expert exchange)</source>
        <translation>ຂະແໜງຄວາມຊ່ຽວຊານ (ແລກປ່ຽນຜູ້ຊ່ຽວຊານ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert days (expert exchange)</source>
        <translation>ຈຳນວນມື້ (ແລກປ່ຽນຜູ້ຊ່ຽວຊານ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose (visit)</source>
        <translation>ຈຸດປະສົງ (ການຢ້ຽມຢາມ)</translation>
    </message>
    <message>
        <location filename="../mouplanner/excel/values.py" line="+44"/>
        <source>a number</source>
        <translation>ຕົວເລກ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>a number, e.g. 1,250.50</source>
        <translation>ຕົວເລກ ເຊັ່ນ 1,250.50</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a whole number</source>
        <translation>ຈຳນວນເຕັມ</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>a date, e.g. 7/2/2561 or 7 ก.พ. 2561</source>
        <translation>ວັນທີ ເຊັ່ນ 7/2/2018 ຫຼື 7 ກ.ພ. 2018</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>one of: {allowed}</source>
        <translation>ຄ່າໃດໜຶ່ງຕໍ່ໄປນີ້: {allowed}</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/meetings.py" line="+35"/>
        <source>Host country</source>
        <translation>ປະເທດເຈົ້າພາບ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Series: months to the next</source>
        <translation>ຊຸດກອງປະຊຸມ: ຈຳນວນເດືອນເຖິງຄັ້ງຕໍ່ໄປ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/agreements.py" line="+20"/>
        <source>Tacit renewal (years)</source>
        <translation>ຕໍ່ອາຍຸໂດຍອັດຕະໂນມັດ (ປີ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice period (months)</source>
        <translation>ໄລຍະແຈ້ງລ່ວງໜ້າ (ເດືອນ)</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../mouplanner/exchange/fileformat.py" line="+59"/>
        <source>{name} is damaged or was changed after it was sent ({reason}); ask for the file again</source>
        <translation>{name} ເສຍຫາຍ ຫຼື ຖືກແກ້ໄຂຫຼັງຈາກສົ່ງ ({reason}) ກະລຸນາຂໍໄຟລ໌ໃໝ່</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} does not exist</source>
        <translation>ບໍ່ພົບ {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is too large to be an exchange file</source>
        <translation>{name} ມີຂະໜາດໃຫຍ່ເກີນກວ່າຈະເປັນໄຟລ໌ແລກປ່ຽນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a mouplanner exchange file (.mousync)</source>
        <translation>{name} ບໍ່ແມ່ນໄຟລ໌ແລກປ່ຽນຂອງ mouplanner (.mousync)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} was made by a newer version of mouplanner; update mouplanner to receive it</source>
        <translation>{name} ສ້າງດ້ວຍ mouplanner ລຸ້ນທີ່ໃໝ່ກວ່າ ກະລຸນາອັບເດດ mouplanner ກ່ອນຮັບໄຟລ໌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} belongs to another workspace, not to this one; nothing was received</source>
        <translation>{name} ເປັນຂອງບ່ອນເຮັດວຽກອື່ນ ບໍ່ແມ່ນຂອງບ່ອນເຮັດວຽກນີ້ ຈຶ່ງບໍ່ໄດ້ຮັບຂໍ້ມູນໃດໆ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} holds changes dated after {date}, ahead of this computer&apos;s clock; check the date and time on both laptops, then send the file again. Nothing was received</source>
        <translation>{name} ມີການປ່ຽນແປງທີ່ລົງວັນທີຫຼັງ {date} ເຊິ່ງລ້ຳໜ້າໂມງຂອງເຄື່ອງນີ້ ກະລຸນາກວດສອບວັນທີ ແລະ ເວລາຂອງທັງສອງເຄື່ອງ ແລ້ວສົ່ງໄຟລ໌ອີກຄັ້ງ ຍັງບໍ່ໄດ້ຮັບຫຍັງ</translation>
    </message>
    <message>
        <location filename="../mouplanner/exchange/sync.py" line="+64"/>
        <source>{name} already exists; choose another name</source>
        <translation>ມີ {name} ຢູ່ແລ້ວ ກະລຸນາເລືອກຊື່ອື່ນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the other laptop a name</source>
        <translation>ກະລຸນາຕັ້ງຊື່ເຄື່ອງອີກເຄື່ອງ</translation>
    </message>
    <message>
        <location filename="../mouplanner/exchange/direct.py" line="+108"/>
        <source>{name} and {other} are not copies of one workspace</source>
        <translation>{name} ແລະ {other} ບໍ່ແມ່ນສຳເນົາຂອງບ່ອນເຮັດວຽກດຽວກັນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is the server&apos;s own workspace, not a copy of it</source>
        <translation>{name} ແມ່ນບ່ອນເຮັດວຽກຂອງເຊີບເວີເອງ ບໍ່ແມ່ນສຳເນົາ</translation>
    </message>
    <message>
        <location filename="../mouplanner/exchange/sync.py" line="+53"/>
        <source>nothing was sent: {name} is damaged ({reason}); restore its latest backup first</source>
        <translation>ຍັງບໍ່ໄດ້ສົ່ງຫຍັງ: {name} ເສຍຫາຍ ({reason}) ກະລຸນາກູ້ຄືນຈາກສຳເນົາສຳຮອງລ່າສຸດກ່ອນ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no laptop called {name} has exchanged with this one; send without a name to send everything</source>
        <translation>ບໍ່ມີເຄື່ອງຊື່ {name} ທີ່ເຄີຍແລກປ່ຽນກັບເຄື່ອງນີ້ ສົ່ງໂດຍບໍ່ລະບຸຊື່ເພື່ອສົ່ງທັງໝົດ</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{name} was sent by this laptop; receive it on the other one</source>
        <translation>{name} ສົ່ງຈາກເຄື່ອງນີ້ເອງ ກະລຸນາຮັບໄຟລ໌ຢູ່ອີກເຄື່ອງ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nothing was received: {name} is damaged ({reason}); restore its latest backup first</source>
        <translation>ຍັງບໍ່ໄດ້ຮັບຫຍັງ: {name} ເສຍຫາຍ ({reason}) ກະລຸນາກູ້ຄືນຈາກສຳເນົາສຳຮອງລ່າສຸດກ່ອນ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing was received: {reason}</source>
        <translation>ຍັງບໍ່ໄດ້ຮັບຫຍັງ: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing was received: the backup made first could not be written ({reason}); check the space on the disk and receive the file again</source>
        <translation>ບໍ່ມີການຮັບການປ່ຽນແປງໃດໆ: ບໍ່ສາມາດບັນທຶກຂໍ້ມູນສຳຮອງທີ່ຕ້ອງເຮັດກ່ອນໄດ້ ({reason}) ກະລຸນາກວດເບິ່ງບ່ອນຫວ່າງໃນດິສກ໌ ແລ້ວຮັບໄຟລ໌ອີກຄັ້ງ</translation>
    </message>
    <message>
        <location filename="../mouplanner/exchange/scoped.py" line="+78"/>
        <source>no agreement has the code {name}; `mouplanner summary` lists them</source>
        <translation>ບໍ່ມີຂໍ້ຕົກລົງທີ່ມີລະຫັດ {name} (`mouplanner summary` ສະແດງລາຍການທັງໝົດ)</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../mouplanner/ui/exchange_ui.py" line="+29"/>
        <source>Make a copy for another laptop</source>
        <translation>ເຮັດສຳເນົາສຳລັບເຄື່ອງອື່ນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy for %1 written to %2</source>
        <translation>ບັນທຶກສຳເນົາສຳລັບ %1 ໄວ້ທີ່ %2 ແລ້ວ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send changes</source>
        <translation>ສົ່ງການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changes written to %2</source>
        <translation>ບັນທຶກການປ່ຽນແປງ %1 ລາຍການໄວ້ທີ່ %2</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/about.py" line="+27"/>
        <location filename="../mouplanner/ui/exchange_ui.py" line="+9"/>
        <location line="+7"/>
        <location line="+6"/>
        <source>Receive changes</source>
        <translation>ຮັບການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/exchange_ui.py" line="-3"/>
        <location filename="../mouplanner/ui/server_sync.py" line="+129"/>
        <source>From %1: %2 new changes; %3 records created, %4 updated, %5 deleted, %6 restored.</source>
        <translation>ຈາກ %1: ການປ່ຽນແປງໃໝ່ %2 ລາຍການ ສ້າງ %3 ລາຍການ ປັບປຸງ %4 ລຶບ %5 ກູ້ຄືນ %6</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not taken by the server, which your rights there do not allow; they stay on this laptop (%1):</source>
        <translation>ເຊີບເວີບໍ່ຮັບ ເພາະສິດຂອງທ່ານໃນເຊີບເວີບໍ່ອະນຸຍາດ ຂໍ້ມູນຍັງຢູ່ໃນເຄື່ອງນີ້ (%1):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not taken, because this workspace does not accept such values (%1):</source>
        <translation>ບໍ່ໄດ້ຮັບໄວ້ ເນື່ອງຈາກບ່ອນເຮັດວຽກນີ້ບໍ່ຮັບຄ່າເຫຼົ່ານີ້ (%1):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts that need a decision: %1. See the Conflicts view.</source>
        <translation>ຂໍ້ຂັດແຍ່ງທີ່ຕ້ອງຕັດສິນໃຈ: %1 ລາຍການ ເບິ່ງທີ່ໜ້າຂໍ້ຂັດແຍ່ງ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: never</source>
        <translation>%1: ຍັງບໍ່ເຄີຍ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 days ago</source>
        <translation>%1: %2 ມື້ກ່ອນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: today</source>
        <translation>%1: ມື້ນີ້</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../mouplanner/ui/excel_dialogs.py" line="+48"/>
        <source>Export report</source>
        <translation>ສົ່ງອອກບົດລາຍງານ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export PDF report</source>
        <translation>ສົ່ງອອກບົດລາຍງານ PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export data workbook</source>
        <translation>ສົ່ງອອກປຶ້ມວຽກຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only %1</source>
        <translation>ສະເພາະ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>day/month/year (empty: no limit)</source>
        <translation>ວັນ/ເດືອນ/ປີ (ປະຫວ່າງ: ບໍ່ຈຳກັດ)</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+5"/>
        <source>Scope</source>
        <translation>ຂອບເຂດ</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Export calendar</source>
        <translation>ສົ່ງອອກປະຕິທິນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export to MS Project</source>
        <translation>ສົ່ງອອກໄປ MS Project</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All agreements</source>
        <translation>ຂໍ້ຕົກລົງທັງໝົດ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Period from</source>
        <translation>ແຕ່ວັນທີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period to</source>
        <translation>ເຖິງວັນທີ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities, milestones, meetings, action items&apos; due dates and agreements&apos; notice and expiry dates, with reminders. Import the file into Outlook, Thunderbird or Google Calendar; importing a later export updates the same events.</source>
        <translation>ກິດຈະກຳ, ຫຼັກໝາຍ, ກອງປະຊຸມ, ວັນຮອດກຳນົດຂອງວຽກທີ່ຕ້ອງປະຕິບັດ ແລະ ວັນແຈ້ງລ່ວງໜ້າ ແລະ ວັນໝົດອາຍຸຂອງຂໍ້ຕົກລົງ ພ້ອມການແຈ້ງເຕືອນ. ນຳເຂົ້າໄຟລ໌ນີ້ໃນ Outlook, Thunderbird ຫຼື Google Calendar; ການນຳເຂົ້າໄຟລ໌ທີ່ສົ່ງອອກຄັ້ງຕໍ່ມາຈະປັບປຸງລາຍການເດີມ ບໍ່ເພີ່ມຊ້ຳ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreements, areas and workstreams as summary tasks; milestones and activities as tasks with their planned and actual dates, dependencies and saved baselines; a working calendar without the public holidays. Opens in MS Project, ProjectLibre and GanttProject.</source>
        <translation>ຂໍ້ຕົກລົງ, ຂົງເຂດການຮ່ວມມື ແລະ ແຜນງານເປັນວຽກສະຫຼຸບ; ຈຸດໝາຍ ແລະ ກິດຈະກຳເປັນວຽກພ້ອມວັນຕາມແຜນ ແລະ ວັນຕົວຈິງ, ການເຊື່ອມໂຍງ ແລະ ແຜນພື້ນຖານທີ່ບັນທຶກໄວ້; ປະຕິທິນວັນເຮັດວຽກທີ່ບໍ່ລວມວັນພັກລັດຖະການ. ເປີດໄດ້ໃນ MS Project, ProjectLibre ແລະ GanttProject</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export</source>
        <translation>ສົ່ງອອກ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>report</source>
        <translation>ລາຍງານ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data</source>
        <translation>ຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar</source>
        <translation>ປະຕິທິນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>plan</source>
        <translation>ແຜນ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the file to write.</source>
        <translation>ກະລຸນາເລືອກໄຟລ໌ທີ່ຈະບັນທຶກ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist.</source>
        <translation>ບໍ່ມີໂຟນເດີ %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Exporting…</source>
        <translation>ກຳລັງສົ່ງອອກ…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: no file was written.</source>
        <translation>ຍົກເລີກແລ້ວ: ບໍ່ໄດ້ບັນທຶກໄຟລ໌ໃດໆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export failed and no file was written: %1</source>
        <translation>ການສົ່ງອອກລົ້ມເຫຼວ ແລະ ບໍ່ໄດ້ບັນທຶກໄຟລ໌: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Excel template</source>
        <translation>ແມ່ແບບ Excel ໃໝ່</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../mouplanner/ui/file_field.py" line="+17"/>
        <source>Browse…</source>
        <translation>ເລືອກ…</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../mouplanner/ui/forms/children.py" line="+53"/>
        <source>Add</source>
        <translation>ເພີ່ມ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Row %1: choose the %2</source>
        <translation>ແຖວທີ %1: ກະລຸນາເລືອກ%2</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/shared.py" line="-5"/>
        <source>Title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/people.py" line="-1"/>
        <source>Short name</source>
        <translation>ຊື່ຫຍໍ້</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="-19"/>
        <location filename="../mouplanner/kinds/people.py" line="+1"/>
        <source>Country (ISO code)</source>
        <translation>ປະເທດ (ລະຫັດ ISO)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location filename="../mouplanner/kinds/people.py" line="+2"/>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/agreements.py" line="+27"/>
        <location filename="../mouplanner/kinds/people.py" line="+9"/>
        <source>Organisation</source>
        <translation>ອົງການ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/people.py" line="+1"/>
        <source>Position</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/shared.py" line="+3"/>
        <source>Notes</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/agreements.py" line="-36"/>
        <source>Code</source>
        <translation>ລະຫັດ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="+1"/>
        <location filename="../mouplanner/kinds/agreements.py" line="+2"/>
        <location filename="../mouplanner/kinds/meetings.py" line="-14"/>
        <location line="+67"/>
        <location line="+17"/>
        <location filename="../mouplanner/kinds/plans.py" line="+15"/>
        <location line="+25"/>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/agreements.py" line="+1"/>
        <source>Signed</source>
        <translation>ວັນທີລົງນາມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective from</source>
        <translation>ມີຜົນແຕ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>ວັນໝົດອາຍຸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renews by itself for (years)</source>
        <translation>ຕໍ່ອາຍຸໂດຍອັດຕະໂນມັດຄັ້ງລະ (ປີ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice before expiry (months)</source>
        <translation>ແຈ້ງລ່ວງໜ້າກ່ອນໝົດອາຍຸ (ເດືອນ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Document reference</source>
        <translation>ເອກະສານອ້າງອີງ</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Parties</source>
        <translation>ພາຄີ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="+46"/>
        <location filename="../mouplanner/kinds/agreements.py" line="+23"/>
        <location filename="../mouplanner/kinds/meetings.py" line="-56"/>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/agreements.py" line="+1"/>
        <location filename="../mouplanner/kinds/meetings.py" line="+1"/>
        <source>Side (1 or 2)</source>
        <translation>ຝ່າຍ (1 ຫຼື 2)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Signatories</source>
        <translation>ຜູ້ລົງນາມ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="-1"/>
        <location filename="../mouplanner/kinds/agreements.py" line="+31"/>
        <location filename="../mouplanner/kinds/meetings.py" line="-2"/>
        <location filename="../mouplanner/kinds/plans.py" line="-10"/>
        <source>Person</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/agreements.py" line="+1"/>
        <source>Signed as</source>
        <translation>ລົງນາມໃນນາມ</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+13"/>
        <location line="+11"/>
        <location line="+9"/>
        <location filename="../mouplanner/kinds/documents.py" line="+16"/>
        <location filename="../mouplanner/kinds/indicators.py" line="+13"/>
        <location filename="../mouplanner/kinds/meetings.py" line="-33"/>
        <source>Agreement</source>
        <translation>ຂໍ້ຕົກລົງ</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Renewals, amendments and notices</source>
        <translation>ການຕໍ່ອາຍຸ, ການດັດແກ້ ແລະ ການແຈ້ງບອກເລີກ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What</source>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term now runs until</source>
        <translation>ມີຜົນເຖິງ</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../mouplanner/kinds/meetings.py" line="+43"/>
        <source>Order</source>
        <translation>ລຳດັບ</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <location filename="../mouplanner/kinds/documents.py" line="-4"/>
        <source>Description</source>
        <translation>ຄຳອະທິບາຍ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/indicators.py" line="+1"/>
        <location filename="../mouplanner/kinds/meetings.py" line="-41"/>
        <location filename="../mouplanner/kinds/plans.py" line="-18"/>
        <source>Cooperation area</source>
        <translation>ຂົງເຂດການຮ່ວມມື</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/plans.py" line="+4"/>
        <source>Lead organisation, side 1</source>
        <translation>ອົງການນຳພາ ຝ່າຍທີ 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead organisation, side 2</source>
        <translation>ອົງການນຳພາ ຝ່າຍທີ 2</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="-43"/>
        <location filename="../mouplanner/kinds/plans.py" line="+1"/>
        <source>Planned start</source>
        <translation>ເລີ່ມຕາມແຜນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../mouplanner/kinds/plans.py" line="+1"/>
        <source>Planned end</source>
        <translation>ສິ້ນສຸດຕາມແຜນ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/plans.py" line="+1"/>
        <source>Objective</source>
        <translation>ຈຸດປະສົງ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coordinators</source>
        <translation>ຜູ້ປະສານງານ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="-7"/>
        <location filename="../mouplanner/kinds/documents.py" line="+8"/>
        <location filename="../mouplanner/kinds/indicators.py" line="+1"/>
        <location filename="../mouplanner/kinds/meetings.py" line="+45"/>
        <location line="+12"/>
        <location line="+16"/>
        <location filename="../mouplanner/kinds/plans.py" line="+5"/>
        <location line="+8"/>
        <source>Workstream</source>
        <translation>ແຜນງານ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/plans.py" line="+4"/>
        <source>Planned date</source>
        <translation>ວັນທີຕາມແຜນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual date</source>
        <translation>ວັນທີຕົວຈິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliverable</source>
        <translation>ຜົນງານທີ່ຕ້ອງສົ່ງມອບ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>After milestone</source>
        <translation>ຫຼັງຈຸດໝາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After activity</source>
        <translation>ຫຼັງກິດຈະກຳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>ລັກສະນະການເຊື່ອມໂຍງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag (days)</source>
        <translation>ໄລຍະຫ່າງ (ມື້)</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="+41"/>
        <location filename="../mouplanner/kinds/plans.py" line="-10"/>
        <source>Depends on</source>
        <translation>ຂຶ້ນກັບ</translation>
    </message>
    <message>
        <location line="-39"/>
        <location filename="../mouplanner/kinds/meetings.py" line="+1"/>
        <location filename="../mouplanner/kinds/plans.py" line="+5"/>
        <source>Milestone</source>
        <translation>ຈຸດໝາຍ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction</source>
        <translation>ທິດທາງ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual start</source>
        <translation>ເລີ່ມຕົວຈິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual end</source>
        <translation>ສິ້ນສຸດຕົວຈິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>ສະຖານທີ່</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host organisation</source>
        <translation>ອົງການເຈົ້າພາບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other participants (not named)</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມອື່ນ (ບໍ່ລະບຸຊື່)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../mouplanner/kinds/meetings.py" line="-58"/>
        <source>of whom women</source>
        <translation>ໃນນີ້ເປັນຍິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>ງົບປະມານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>ສະກຸນເງິນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>ແຫຼ່ງທຶນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>ຫຼັກສູດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>ຈຳນວນຊົ່ວໂມງ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates issued</source>
        <translation>ໃບຢັ້ງຢືນທີ່ມອບ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field of expertise</source>
        <translation>ຂະແໜງຄວາມຊ່ຽວຊານ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert days</source>
        <translation>ຈຳນວນມື້ຂອງຜູ້ຊ່ຽວຊານ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose of the visit</source>
        <translation>ຈຸດປະສົງຂອງການຢ້ຽມຢາມ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outputs</source>
        <translation>ຜົນໄດ້ຮັບ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Participants (named)</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ (ລະບຸຊື່)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../mouplanner/kinds/documents.py" line="+1"/>
        <location filename="../mouplanner/kinds/meetings.py" line="+59"/>
        <location filename="../mouplanner/kinds/plans.py" line="+1"/>
        <source>Activity</source>
        <translation>ກິດຈະກຳ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/indicators.py" line="+1"/>
        <source>Unit</source>
        <translation>ຫົວໜ່ວຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>ຄ່າພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline year or period</source>
        <translation>ປີ ຫຼື ໄລຍະຂອງຄ່າພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Targets and actuals</source>
        <translation>ຄາດໝາຍ ແລະ ຜົນຕົວຈິງ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicator</source>
        <translation>ຕົວຊີ້ວັດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>ໄລຍະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>ແຕ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>ຄາດໝາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>ຕົວຈິງ</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/forms/form.py" line="+181"/>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Edit %1: %2</source>
        <translation>ແກ້ໄຂ%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New %1</source>
        <translation>%1ໃໝ່</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>To save, complete: %1</source>
        <translation>ກະລຸນາປ້ອນໃຫ້ຄົບກ່ອນບັນທຶກ: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Discard your changes to this record?</source>
        <translation>ຍົກເລີກການແກ້ໄຂລາຍການນີ້ບໍ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard changes</source>
        <translation>ຍົກເລີກການແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>ແກ້ໄຂຕໍ່</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>edit %1 “%2”</source>
        <translation>ແກ້ໄຂ%1 “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create %1 “%2”</source>
        <translation>ສ້າງ%1 “%2”</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/forms/fields.py" line="+177"/>
        <source>no record is called “{text}”; type part of a name and pick one from the list</source>
        <translation>ບໍ່ມີລາຍການຊື່ “{text}” ພິມບາງສ່ວນຂອງຊື່ແລ້ວເລືອກຈາກລາຍການ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/documents.py" line="-10"/>
        <source>File</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size (bytes)</source>
        <translation>ຂະໜາດ (ໄບ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content (SHA-256)</source>
        <translation>ເນື້ອໃນ (SHA-256)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal or amendment</source>
        <translation>ການຕໍ່ອາຍຸ ຫຼື ການດັດແກ້</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../mouplanner/kinds/meetings.py" line="-89"/>
        <source>Meeting</source>
        <translation>ກອງປະຊຸມ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/meetings.py" line="+15"/>
        <source>Body</source>
        <translation>ຄະນະປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>ຄັ້ງທີ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/agreements.py" line="-34"/>
        <location filename="../mouplanner/kinds/meetings.py" line="+3"/>
        <location line="+81"/>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/meetings.py" line="-80"/>
        <source>Until</source>
        <translation>ເຖິງວັນທີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at (hh:mm)</source>
        <translation>ເລີ່ມເວລາ (ຊຊ:ນນ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>ເຂດເວລາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host country (ISO code)</source>
        <translation>ປະເທດເຈົ້າພາບ (ລະຫັດ ISO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue</source>
        <translation>ສະຖານທີ່ຈັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online link</source>
        <translation>ລິ້ງອອນລາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-chair, side 1</source>
        <translation>ປະທານຮ່ວມ ຝ່າຍທີ 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-chair, side 2</source>
        <translation>ປະທານຮ່ວມ ຝ່າຍທີ 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other attendees (not named)</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມປະຊຸມອື່ນ (ບໍ່ລະບຸຊື່)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meets again after (months)</source>
        <translation>ປະຊຸມຄັ້ງຕໍ່ໄປອີກ (ເດືອນ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next meeting hosted by</source>
        <translation>ເຈົ້າພາບກອງປະຊຸມຄັ້ງຕໍ່ໄປ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attendees (named)</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມປະຊຸມ (ລະບຸຊື່)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kind of item</source>
        <translation>ປະເພດວາລະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented by</source>
        <translation>ຜູ້ນຳສະເໜີ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes (English)</source>
        <translation>ບົດບັນທຶກກອງປະຊຸມ (ພາສາອັງກິດ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes (Thai)</source>
        <translation>ບົດບັນທຶກກອງປະຊຸມ (ພາສາໄທ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes (Lao)</source>
        <translation>ບົດບັນທຶກກອງປະຊຸມ (ພາສາລາວ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>Agenda item</source>
        <translation>ວາລະ</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Decision (English)</source>
        <translation>ມະຕິ (ພາສາອັງກິດ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision (Thai)</source>
        <translation>ມະຕິ (ພາສາໄທ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision (Lao)</source>
        <translation>ມະຕິ (ພາສາລາວ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Owner</source>
        <translation>ຜູ້ຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>ກຳນົດສຳເລັດ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Updates</source>
        <translation>ຄວາມຄືບໜ້າ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/documents.py" line="+3"/>
        <location filename="../mouplanner/kinds/meetings.py" line="+5"/>
        <source>Action item</source>
        <translation>ວຽກທີ່ຕ້ອງປະຕິບັດ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/meetings.py" line="+3"/>
        <source>Reviewed at</source>
        <translation>ທົບທວນໃນກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>ຄວາມຄືບໜ້າ</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../mouplanner/ui/history_dialog.py" line="+27"/>
        <source>History: %1</source>
        <translation>ປະຫວັດ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who</source>
        <translation>ຜູ້ແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>ການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>ເມື່ອ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>ຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old → new</source>
        <translation>ເດີມ → ໃໝ່</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created</source>
        <translation>ສ້າງ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>ແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>ກູ້ຄືນ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
</context>
<context>
    <name>Iati</name>
    <message>
        <location filename="../mouplanner/services/iati_data.py" line="+249"/>
        <source>agreement {name}: no title</source>
        <translation>ຂໍ້ຕົກລົງ {name}: ບໍ່ມີຫົວຂໍ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workstream {name}: no title</source>
        <translation>ແຜນງານ {name}: ບໍ່ມີຫົວຂໍ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreement {name}: no description (notes)</source>
        <translation>ຂໍ້ຕົກລົງ {name}: ບໍ່ມີຄຳອະທິບາຍ (ໝາຍເຫດ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workstream {name}: no description (objective)</source>
        <translation>ແຜນງານ {name}: ບໍ່ມີຄຳອະທິບາຍ (ຈຸດປະສົງ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agreement {name}: no participating organisation (the agreement&apos;s parties)</source>
        <translation>ຂໍ້ຕົກລົງ {name}: ບໍ່ມີອົງການທີ່ເຂົ້າຮ່ວມ (ພາຄີຂອງຂໍ້ຕົກລົງ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workstream {name}: no participating organisation (the agreement&apos;s parties)</source>
        <translation>ແຜນງານ {name}: ບໍ່ມີອົງການທີ່ເຂົ້າຮ່ວມ (ພາຄີຂອງຂໍ້ຕົກລົງ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreement {name}: no date (signed or in force from)</source>
        <translation>ຂໍ້ຕົກລົງ {name}: ບໍ່ມີວັນທີ (ວັນລົງນາມ ຫຼື ວັນທີ່ມີຜົນ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workstream {name}: no date (planned start or end)</source>
        <translation>ແຜນງານ {name}: ບໍ່ມີວັນທີ (ວັນເລີ່ມ ຫຼື ວັນສິ້ນສຸດຕາມແຜນ)</translation>
    </message>
    <message>
        <location filename="../mouplanner/services/iati_settings.py" line="-44"/>
        <source>IATI settings: no reporting organisation</source>
        <translation>ການຕັ້ງຄ່າ IATI: ຍັງບໍ່ໄດ້ລະບຸອົງການຜູ້ລາຍງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IATI settings: no reporting organisation&apos;s IATI identifier</source>
        <translation>ການຕັ້ງຄ່າ IATI: ຍັງບໍ່ໄດ້ລະບຸລະຫັດ IATI ຂອງອົງການຜູ້ລາຍງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IATI settings: no reporting organisation&apos;s type</source>
        <translation>ການຕັ້ງຄ່າ IATI: ຍັງບໍ່ໄດ້ລະບຸປະເພດຂອງອົງການຜູ້ລາຍງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IATI settings: no sector</source>
        <translation>ການຕັ້ງຄ່າ IATI: ຍັງບໍ່ໄດ້ລະບຸຂະແໜງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IATI settings: no aid type</source>
        <translation>ການຕັ້ງຄ່າ IATI: ຍັງບໍ່ໄດ້ລະບຸປະເພດການຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <location filename="../mouplanner/standards/iati.py" line="+93"/>
        <source>an agreement in the scope</source>
        <translation>ຂໍ້ຕົກລົງໃນຂອບເຂດທີ່ເລືອກ</translation>
    </message>
</context>
<context>
    <name>IatiDialog</name>
    <message>
        <location filename="../mouplanner/ui/iati_dialog.py" line="+52"/>
        <source>Export IATI activity file</source>
        <translation>ສົ່ງອອກໄຟລ໌ກິດຈະກຳ IATI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publisher (kept with this workspace)</source>
        <translation>ຜູ້ເຜີຍແຜ່ (ບັນທຶກໄວ້ກັບບ່ອນເຮັດວຽກນີ້)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reporting organisation</source>
        <translation>ອົງການຜູ້ລາຍງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its IATI identifier</source>
        <translation>ລະຫັດ IATI ຂອງອົງການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its type</source>
        <translation>ປະເພດອົງການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors (DAC 5-digit codes)</source>
        <translation>ຂະແໜງ (ລະຫັດ DAC 5 ຕົວເລກ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aid type</source>
        <translation>ປະເພດການຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents published at</source>
        <translation>ເອກະສານເຜີຍແຜ່ທີ່</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Scope</source>
        <translation>ຂອບເຂດ</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>All agreements</source>
        <translation>ຂໍ້ຕົກລົງທັງໝົດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1</source>
        <translation>ສະເພາະ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>ສົ່ງອອກ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a DAC sector code</source>
        <translation>ບໍ່ແມ່ນລະຫັດຂະແໜງ DAC</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a file in a folder that exists.</source>
        <translation>ເລືອກໄຟລ໌ໃນໂຟນເດີທີ່ມີຢູ່</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file could not be written: %1</source>
        <translation>ຂຽນໄຟລ໌ບໍ່ໄດ້: %1</translation>
    </message>
</context>
<context>
    <name>IdTableModel</name>
    <message>
        <location filename="../mouplanner/ui/table_model.py" line="+158"/>
        <source>Overdue: planned for %1</source>
        <translation>ເລີຍກຳນົດ: ກຳນົດໄວ້ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown in %1: no text in this language yet</source>
        <translation>ສະແດງເປັນພາສາ%1: ຍັງບໍ່ມີຂໍ້ຄວາມໃນພາສານີ້</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../mouplanner/ui/import_wizard.py" line="+218"/>
        <source>Import from Excel</source>
        <translation>ນຳເຂົ້າຈາກ Excel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>ນຳເຂົ້າ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>ກວດສອບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the workbook…</source>
        <translation>ກຳລັງກວດສອບປຶ້ມວຽກ…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>ຍົກເລີກແລ້ວ: ບໍ່ມີການປ່ຽນແປງໃດໆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workbook could not be read; nothing was changed: %1</source>
        <translation>ອ່ານປຶ້ມວຽກບໍ່ໄດ້ ຈຶ່ງບໍ່ມີການປ່ຽນແປງໃດໆ: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>import “%1”</source>
        <translation>ນຳເຂົ້າ “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing…</source>
        <translation>ກຳລັງນຳເຂົ້າ…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../mouplanner/locale/labels.py" line="+17"/>
        <source>Ministry</source>
        <translation>ກະຊວງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>ອົງການຂອງລັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State enterprise</source>
        <translation>ລັດວິສາຫະກິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University</source>
        <translation>ມະຫາວິທະຍາໄລ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International body</source>
        <translation>ອົງການສາກົນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>ຍິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>ຊາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspecified</source>
        <translation>ບໍ່ລະບຸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Draft</source>
        <translation>ຮ່າງ</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Signed</source>
        <translation>ລົງນາມແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>In force</source>
        <translation>ມີຜົນບັງຄັບໃຊ້</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+60"/>
        <source>Expired</source>
        <translation>ໝົດອາຍຸ</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Terminated</source>
        <translation>ສິ້ນສຸດກ່ອນກຳນົດ</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+57"/>
        <source>Renewed</source>
        <translation>ຕໍ່ອາຍຸແລ້ວ</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/agreement.py" line="+63"/>
        <location filename="../mouplanner/locale/labels.py" line="-56"/>
        <source>Signatory</source>
        <translation>ຜູ້ລົງນາມ</translation>
    </message>
    <message>
        <location filename="../mouplanner/locale/labels.py" line="+1"/>
        <source>Implementing</source>
        <translation>ໜ່ວຍງານປະຕິບັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding</source>
        <translation>ຜູ້ສະໜອງທຶນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+14"/>
        <location line="+21"/>
        <source>Planned</source>
        <translation>ຕາມແຜນ</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Active</source>
        <translation>ກຳລັງດຳເນີນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>ໂຈະໄວ້ຊົ່ວຄາວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+15"/>
        <location line="+20"/>
        <source>Cancelled</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+15"/>
        <location line="+50"/>
        <source>In progress</source>
        <translation>ກຳລັງດຳເນີນການ</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+15"/>
        <location line="+50"/>
        <source>Done</source>
        <translation>ສຳເລັດ</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Delayed</source>
        <translation>ຊັກຊ້າ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>ການຢ້ຽມຢາມ/ທັດສະນະສຶກສາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>ການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert exchange</source>
        <translation>ການແລກປ່ຽນຜູ້ຊ່ຽວຊານ</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/meeting.py" line="+21"/>
        <location filename="../mouplanner/locale/labels.py" line="+1"/>
        <location line="+105"/>
        <source>Meeting</source>
        <translation>ກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Attendee</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມປະຊຸມ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agenda item</source>
        <translation>ວາລະ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Decision</source>
        <translation>ມະຕິ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Action item</source>
        <translation>ວຽກທີ່ຕ້ອງປະຕິບັດ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Action item update</source>
        <translation>ຄວາມຄືບໜ້າຂອງວຽກທີ່ຕ້ອງປະຕິບັດ</translation>
    </message>
    <message>
        <location filename="../mouplanner/locale/labels.py" line="-104"/>
        <source>Workshop / seminar</source>
        <translation>ກອງປະຊຸມເຊີງປະຕິບັດ/ສຳມະນາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibition</source>
        <translation>ງານວາງສະແດງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint project</source>
        <translation>ໂຄງການຮ່ວມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information exchange</source>
        <translation>ການແລກປ່ຽນຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Confirmed</source>
        <translation>ຢືນຢັນແລ້ວ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postponed</source>
        <translation>ເລື່ອນອອກໄປ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thailand → Lao PDR</source>
        <translation>ໄທ → ລາວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lao PDR → Thailand</source>
        <translation>ລາວ → ໄທ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint</source>
        <translation>ຮ່ວມກັນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>Delegate</source>
        <translation>ຜູ້ແທນ</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+35"/>
        <source>Head of delegation</source>
        <translation>ຫົວໜ້າຄະນະ</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Trainee</source>
        <translation>ຜູ້ເຂົ້າຮັບການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer</source>
        <translation>ວິທະຍາກອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>ຜູ້ຊ່ຽວຊານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>ຜູ້ບັນຍາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint working group</source>
        <translation>ຄະນະເຮັດວຽກຮ່ວມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior officials</source>
        <translation>ເຈົ້າໜ້າທີ່ອາວຸໂສ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ministerial</source>
        <translation>ລະດັບລັດຖະມົນຕີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical</source>
        <translation>ລະດັບວິຊາການ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held</source>
        <translation>ຈັດກອງປະຊຸມແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes drafted</source>
        <translation>ຮ່າງບົດບັນທຶກແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes agreed</source>
        <translation>ຮັບຮອງບົດບັນທຶກແລ້ວ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal</source>
        <translation>ການຕໍ່ອາຍຸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendment</source>
        <translation>ການດັດແກ້ເພີ່ມເຕີມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice not to renew</source>
        <translation>ແຈ້ງບໍ່ຕໍ່ອາຍຸ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination</source>
        <translation>ການຍົກເລີກ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet in force</source>
        <translation>ຍັງບໍ່ມີຜົນບັງຄັບໃຊ້</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In its notice period</source>
        <translation>ຢູ່ໃນໄລຍະແຈ້ງລ່ວງໜ້າ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish to start</source>
        <translation>ສຳເລັດແລ້ວຈຶ່ງເລີ່ມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start to start</source>
        <translation>ເລີ່ມພ້ອມກັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish to finish</source>
        <translation>ສຳເລັດພ້ອມກັນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start to finish</source>
        <translation>ເລີ່ມແລ້ວຈຶ່ງສຳເລັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternating between the parties</source>
        <translation>ສະລັບກັນລະຫວ່າງພາຄີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same host</source>
        <translation>ເຈົ້າພາບເດີມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>ວາລະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matters arising</source>
        <translation>ເລື່ອງສືບເນື່ອງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-chair</source>
        <translation>ປະທານຮ່ວມ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Presenter</source>
        <translation>ຜູ້ນຳສະເໜີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretariat</source>
        <translation>ກອງເລຂາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>ຜູ້ສັງເກດການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>ຍັງບໍ່ເລີ່ມ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dropped</source>
        <translation>ບໍ່ດຳເນີນການຕໍ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THB</source>
        <translation>THB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAK</source>
        <translation>LAK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>ເລີ່ມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>ສິ້ນສຸດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>ສະຖານທີ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>ເຈົ້າພາບ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>ຄັ້ງທີ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>ຄະນະປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host country</source>
        <translation>ປະເທດເຈົ້າພາບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>ສະຖານທີ່ຈັດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>ຜູ້ຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>ກຳນົດສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/plan.py" line="+17"/>
        <location filename="../mouplanner/locale/labels.py" line="-29"/>
        <source>Workstream</source>
        <translation>ແຜນງານ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="-1"/>
        <location filename="../mouplanner/locale/labels.py" line="+1"/>
        <source>Participants</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <location filename="../mouplanner/locale/labels.py" line="+1"/>
        <source>Women</source>
        <translation>ຍິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>ງົບປະມານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>ສະກຸນເງິນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned date</source>
        <translation>ວັນທີຕາມແຜນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual date</source>
        <translation>ວັນທີຕົວຈິງ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Actual</source>
        <translation>ຕົວຈິງ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/people.py" line="-18"/>
        <source>Organisations</source>
        <translation>ອົງການ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>People</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/agreements.py" line="-26"/>
        <source>Agreements</source>
        <translation>ຂໍ້ຕົກລົງ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Renewals and amendments</source>
        <translation>ການຕໍ່ອາຍຸ ແລະ ການດັດແກ້</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agreement parties</source>
        <translation>ພາຄີຂໍ້ຕົກລົງ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signatories</source>
        <translation>ຜູ້ລົງນາມ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cooperation areas</source>
        <translation>ຂົງເຂດການຮ່ວມມື</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/plans.py" line="-42"/>
        <source>Workstreams</source>
        <translation>ແຜນງານ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Coordinators</source>
        <translation>ຜູ້ປະສານງານ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Milestones</source>
        <translation>ຈຸດໝາຍ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dependencies</source>
        <translation>ການເຊື່ອມໂຍງ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="-48"/>
        <source>Activities</source>
        <translation>ກິດຈະກຳ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/indicators.py" line="-22"/>
        <source>Indicators</source>
        <translation>ຕົວຊີ້ວັດ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Indicator periods</source>
        <translation>ໄລຍະຂອງຕົວຊີ້ວັດ</translation>
    </message>
    <message>
        <location filename="../mouplanner/locale/labels.py" line="-13"/>
        <source>Deliverable</source>
        <translation>ຜົນງານທີ່ຕ້ອງສົ່ງມອບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/org.py" line="+15"/>
        <location filename="../mouplanner/locale/labels.py" line="+1"/>
        <source>Organisation</source>
        <translation>ອົງການ</translation>
    </message>
    <message>
        <location filename="../mouplanner/locale/labels.py" line="+1"/>
        <source>Position</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>ໂທລະສັບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>ເພດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>ຊື່ຫຍໍ້</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/indicator.py" line="+18"/>
        <location filename="../mouplanner/locale/labels.py" line="+1"/>
        <source>Indicator</source>
        <translation>ຕົວຊີ້ວັດ</translation>
    </message>
    <message>
        <location filename="../mouplanner/locale/labels.py" line="+1"/>
        <source>Unit</source>
        <translation>ຫົວໜ່ວຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>ຄ່າພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>ໄລຍະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>ຄາດໝາຍ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achieved %</source>
        <translation>ບັນລຸ %</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/org.py" line="+9"/>
        <source>Person</source>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/agreement.py" line="-46"/>
        <location filename="../mouplanner/locale/labels.py" line="+6"/>
        <source>Agreement</source>
        <translation>ຂໍ້ຕົກລົງ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Renewal or amendment</source>
        <translation>ການຕໍ່ອາຍຸ ຫຼື ການດັດແກ້</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agreement party</source>
        <translation>ພາຄີຂໍ້ຕົກລົງ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cooperation area</source>
        <translation>ຂົງເຂດການຮ່ວມມື</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/plan.py" line="+13"/>
        <source>Coordinator</source>
        <translation>ຜູ້ປະສານງານ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Milestone</source>
        <translation>ຈຸດໝາຍ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dependency</source>
        <translation>ການເຊື່ອມໂຍງ</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/activity.py" line="+19"/>
        <source>Activity</source>
        <translation>ກິດຈະກຳ</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Participant</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/indicator.py" line="+13"/>
        <source>Indicator period</source>
        <translation>ໄລຍະຂອງຕົວຊີ້ວັດ</translation>
    </message>
    <message>
        <location filename="../mouplanner/locale/periods.py" line="+18"/>
        <source>Q%1</source>
        <translation>ໄຕມາດ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>people</source>
        <translation>ຄົນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons</source>
        <translation>ຄົນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>million people</source>
        <translation>ລ້ານຄົນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>women</source>
        <translation>ແມ່ຍິງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>courses</source>
        <translation>ຫຼັກສູດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trainings</source>
        <translation>ການຝຶກອົບຮົມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events</source>
        <translation>ຄັ້ງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings</source>
        <translation>ກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visits</source>
        <translation>ການຢ້ຽມຢາມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projects</source>
        <translation>ໂຄງການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reports</source>
        <translation>ລາຍງານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>startups</source>
        <translation>ສະຕາດອັບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>centres</source>
        <translation>ສູນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>ມື້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>ຊົ່ວໂມງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>households</source>
        <translation>ຄົວເຮືອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>villages</source>
        <translation>ບ້ານ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/meetings.py" line="-92"/>
        <source>Meetings</source>
        <translation>ກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Attendees</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມປະຊຸມ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agenda items</source>
        <translation>ວາລະ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decisions</source>
        <translation>ມະຕິ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Action items</source>
        <translation>ວຽກທີ່ຕ້ອງປະຕິບັດ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Action item updates</source>
        <translation>ຄວາມຄືບໜ້າຂອງວຽກທີ່ຕ້ອງປະຕິບັດ</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/document.py" line="+21"/>
        <source>Document</source>
        <translation>ເອກະສານ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/documents.py" line="-12"/>
        <source>Documents</source>
        <translation>ເອກະສານ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mouplanner/ui/main_actions.py" line="+258"/>
        <source>&amp;New workspace…</source>
        <translation>ບ່ອນເຮັດວຽກໃໝ່… (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>ເປີດ… (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &amp;server…</source>
        <translation>ເຊື່ອມຕໍ່ກັບເຊີບເວີ… (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ri&amp;ghts…</source>
        <translation>ສິດການນຳໃຊ້… (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy…</source>
        <translation>ບັນທຶກສຳເນົາ… (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close workspace</source>
        <translation>ປິດບ່ອນເຮັດວຽກ (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>ອອກຈາກໂປຣແກຣມ (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New record</source>
        <translation>ສ້າງລາຍການໃໝ່ (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit record</source>
        <translation>ແກ້ໄຂລາຍການ (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete record</source>
        <translation>ລຶບລາຍການ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;history</source>
        <translation>ປະຫວັດການແກ້ໄຂ (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>ຊອກຫາ (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>ໂຫຼດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;report to Excel…</source>
        <translation>ສົ່ງອອກບົດລາຍງານເປັນ Excel… (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;data workbook…</source>
        <translation>ສົ່ງອອກປຶ້ມວຽກຂໍ້ມູນ… (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF report…</source>
        <translation>ສົ່ງອອກບົດລາຍງານ PDF… (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About mouplanner</source>
        <translation>ກ່ຽວກັບ mouplanner (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>ສົ່ງອອກປະຕິທິນ (.ics)… (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to MS Pro&amp;ject (.xml)…</source>
        <translation>ສົ່ງອອກໄປ MS Project (.xml)… (&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export I&amp;ATI activity file (.xml)…</source>
        <translation>ສົ່ງອອກໄຟລ໌ກິດຈະກຳ IATI (.xml)… (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting &amp;minutes…</source>
        <translation>&amp;ບົດບັນທຶກກອງປະຊຸມ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Excel &amp;template…</source>
        <translation>ແມ່ແບບ Excel ໃໝ່… (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from Excel…</source>
        <translation>ນຳເຂົ້າຈາກ Excel… (&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from MS Project (.&amp;xml)…</source>
        <translation>ນຳເຂົ້າຈາກ MS Project (.xml)… (&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a &amp;copy for another laptop…</source>
        <translation>ເຮັດສຳເນົາສຳລັບເຄື່ອງອື່ນ… (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send changes…</source>
        <translation>ສົ່ງການປ່ຽນແປງ… (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive changes…</source>
        <translation>ຮັບການປ່ຽນແປງ… (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with the ser&amp;ver</source>
        <translation>ຊິງກັບເຊີບເວີ (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from &amp;backup…</source>
        <translation>ກູ້ຄືນຈາກຂໍ້ມູນສຳຮອງ… (&amp;B)</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/agreements.py" line="-40"/>
        <source>New agreement…</source>
        <translation>ຂໍ້ຕົກລົງໃໝ່…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>New cooperation area…</source>
        <translation>ຂົງເຂດການຮ່ວມມືໃໝ່…</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/plans.py" line="-28"/>
        <source>New workstream…</source>
        <translation>ແຜນງານໃໝ່…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New milestone…</source>
        <translation>ຈຸດໝາຍໃໝ່…</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="+37"/>
        <source>New activity…</source>
        <translation>ກິດຈະກຳໃໝ່…</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/people.py" line="+10"/>
        <source>New person…</source>
        <translation>ບຸກຄົນໃໝ່…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>New organisation…</source>
        <translation>ອົງການໃໝ່…</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/indicators.py" line="-5"/>
        <source>New indicator…</source>
        <translation>ຕົວຊີ້ວັດໃໝ່…</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/main_actions.py" line="+6"/>
        <source>&amp;File</source>
        <translation>ແຟ້ມ (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>ເປີດຫຼ້າສຸດ (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xchange with another laptop</source>
        <translation>ແລກປ່ຽນກັບເຄື່ອງອື່ນ (&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>ແກ້ໄຂ (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>ເພີ່ມ (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>ມຸມມອງ (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>ພາສາ (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ຊ່ວຍເຫຼືອ (&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English</source>
        <translation>ອັງກິດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai</source>
        <translation>ໄທ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lao</source>
        <translation>ລາວ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buddhist-era years (พ.ศ.)</source>
        <translation>ສະແດງປີເປັນພຸດທະສັກກະຫຼາດ (ພ.ສ.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai or Lao digits</source>
        <translation>ໃຊ້ຕົວເລກລາວ</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>&amp;Undo %1</source>
        <translation>ຍົກເລີກ: %1 (&amp;U)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1 (server)</source>
        <translation>%1 (ເຊີບເວີ)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Undo</source>
        <translation>ຍົກເລີກການກະທຳ (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>ເຮັດຄືນ: %1 (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ເຮັດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/main_window.py" line="+117"/>
        <source>Opening the workspace…</source>
        <translation>ກຳລັງເປີດບ່ອນເຮັດວຽກ…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Workspace in use</source>
        <translation>ບ່ອນເຮັດວຽກກຳລັງຖືກໃຊ້ງານ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open read-only</source>
        <translation>ເປີດແບບອ່ານຢ່າງດຽວ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+36"/>
        <location line="+5"/>
        <source>Cannot open workspace</source>
        <translation>ເປີດບ່ອນເຮັດວຽກບໍ່ໄດ້</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/backup_dialog.py" line="+110"/>
        <source>Damaged workspace</source>
        <translation>ບ່ອນເຮັດວຽກເສຍຫາຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is damaged ({reason}). Nothing more will be written into it.</source>
        <translation>{name} ເສຍຫາຍ ({reason}). ຈະບໍ່ມີການບັນທຶກຫຍັງລົງໃນໄຟລ໌ນີ້ອີກ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../mouplanner/ui/main_window.py" line="-4"/>
        <source>Replace it with its latest backup? The damaged file is kept as a backup too.</source>
        <translation>ແທນທີ່ດ້ວຍຂໍ້ມູນສຳຮອງຫຼ້າສຸດບໍ? ໄຟລ໌ທີ່ເສຍຫາຍຈະຖືກເກັບເປັນຂໍ້ມູນສຳຮອງນຳ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../mouplanner/ui/main_window.py" line="+1"/>
        <source>Restore the latest backup</source>
        <translation>ກູ້ຄືນຂໍ້ມູນສຳຮອງຫຼ້າສຸດ</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/main_window.py" line="-27"/>
        <source>Workspace on a network share</source>
        <translation>ບ່ອນເຮັດວຽກຢູ່ໃນໄດຣຟ໌ເຄືອຂ່າຍ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workspace is on a network share or removable drive. mouplanner uses the safer rollback journal there, but a copy on this laptop is faster and safer: keep working on a local copy and exchange changes.</source>
        <translation>ບ່ອນເຮັດວຽກນີ້ຢູ່ໃນໄດຣຟ໌ເຄືອຂ່າຍ ຫຼື ໄດຣຟ໌ແບບຖອດໄດ້ mouplanner ຈະໃຊ້ວິທີບັນທຶກທີ່ປອດໄພກວ່າ ແຕ່ສຳເນົາໃນເຄື່ອງນີ້ໄວ ແລະ ປອດໄພກວ່າ: ເຮັດວຽກໃນສຳເນົາໃນເຄື່ອງ ແລະ ແລກປ່ຽນການປ່ຽນແປງແທນ</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 — mouplanner</source>
        <translation>%1 — mouplanner ລະບົບຕິດຕາມບົດບັນທຶກຄວາມເຂົ້າໃຈ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(read-only)</source>
        <translation>(ອ່ານຢ່າງດຽວ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · signed in as %2</source>
        <translation>%1 · ເຂົ້າລະບົບໃນຊື່ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · this laptop: %2</source>
        <translation>%1 · ເຄື່ອງນີ້: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last exchange — %1</source>
        <translation>ແລກປ່ຽນຫຼ້າສຸດ — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A laptop has not exchanged changes for more than a month</source>
        <translation>ມີເຄື່ອງທີ່ບໍ່ໄດ້ແລກປ່ຽນຂໍ້ມູນຫຼາຍກວ່າໜຶ່ງເດືອນແລ້ວ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OK</source>
        <translation>ຕົກລົງ</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/gallery.py" line="+216"/>
        <location filename="../mouplanner/ui/main_window.py" line="+11"/>
        <source>Open workspace</source>
        <translation>ເປີດບ່ອນເຮັດວຽກ</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/main_window.py" line="+6"/>
        <source>New workspace</source>
        <translation>ບ່ອນເຮັດວຽກໃໝ່</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create workspace</source>
        <translation>ສ້າງບ່ອນເຮັດວຽກບໍ່ໄດ້</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save a copy</source>
        <translation>ບັນທຶກສຳເນົາ</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Cannot save a copy</source>
        <translation>ບັນທຶກສຳເນົາບໍ່ໄດ້</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy saved to %1</source>
        <translation>ບັນທຶກສຳເນົາໄວ້ທີ່ %1 ແລ້ວ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mouplanner workspace (*.mouplan)</source>
        <translation>ບ່ອນເຮັດວຽກ mouplanner (*.mouplan)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/main_actions.py" line="-50"/>
        <source>(none)</source>
        <translation>(ບໍ່ມີ)</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/excel_dialogs.py" line="+41"/>
        <location filename="../mouplanner/ui/iati_dialog.py" line="+16"/>
        <location filename="../mouplanner/ui/main_window.py" line="+18"/>
        <location filename="../mouplanner/ui/minutes_dialog.py" line="+161"/>
        <source>Written to %1</source>
        <translation>ບັນທຶກໄວ້ທີ່ %1 ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/meetings.py" line="-59"/>
        <source>New meeting…</source>
        <translation>ກອງປະຊຸມໃໝ່…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New agenda item…</source>
        <translation>ວາລະໃໝ່…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New decision…</source>
        <translation>ມະຕິໃໝ່…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New action item…</source>
        <translation>ວຽກທີ່ຕ້ອງປະຕິບັດໃໝ່…</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/plan_import_dialog.py" line="+138"/>
        <source>Import from MS Project</source>
        <translation>ນຳເຂົ້າຈາກ MS Project</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <location filename="../mouplanner/ui/forms/meeting_panel.py" line="+43"/>
        <source>Agenda, decisions and action items</source>
        <translation>ວາລະ, ມະຕິ ແລະ ວຽກທີ່ຕ້ອງປະຕິບັດ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item</source>
        <translation>ວາລະ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>ຜູ້ຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due and status</source>
        <translation>ກຳນົດສຳເລັດ ແລະ ສະຖານະ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan the next meeting</source>
        <translation>ວາງແຜນກອງປະຊຸມຄັ້ງຕໍ່ໄປ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes…</source>
        <translation>ບົດບັນທຶກກອງປະຊຸມ…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(no title)</source>
        <translation>(ບໍ່ມີຫົວຂໍ້)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Matters arising (not on the agenda)</source>
        <translation>ເລື່ອງສືບເນື່ອງ (ບໍ່ຢູ່ໃນວາລະ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decisions not under an agenda item</source>
        <translation>ມະຕິທີ່ບໍ່ຢູ່ໃນວາລະໃດ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action items not under an agenda item</source>
        <translation>ວຽກທີ່ຕ້ອງປະຕິບັດທີ່ບໍ່ຢູ່ໃນວາລະໃດ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agenda yet: add its items with Add → New agenda item…</source>
        <translation>ຍັງບໍ່ມີວາລະ: ເພີ່ມວາລະໄດ້ທີ່ ເພີ່ມ → ວາລະກອງປະຊຸມໃໝ່…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decision: %1</source>
        <translation>ມະຕິ: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arising (%1): %2</source>
        <translation>ສືບເນື່ອງ (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action: %1</source>
        <translation>ປະຕິບັດ: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save this meeting first: the next one is planned from it as it is saved.</source>
        <translation>ກະລຸນາບັນທຶກກອງປະຊຸມນີ້ກ່ອນ: ກອງປະຊຸມຄັ້ງຕໍ່ໄປຈະວາງແຜນຈາກຂໍ້ມູນທີ່ບັນທຶກແລ້ວ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plan the next meeting</source>
        <translation>ວາງແຜນກອງປະຊຸມຄັ້ງຕໍ່ໄປ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This meeting was deleted meanwhile.</source>
        <translation>ກອງປະຊຸມນີ້ຖືກລຶບໄປແລ້ວໃນລະຫວ່າງນີ້</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Written to %1</source>
        <translation>ບັນທຶກໄປທີ່ %1</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <location filename="../mouplanner/minutes/content.py" line="+195"/>
        <source>Minutes of the %1</source>
        <translation>ບົດບັນທຶກ%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co-chairs</source>
        <translation>ປະທານຮ່ວມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side %1</source>
        <translation>ຝ່າຍທີ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>ອົງການ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In all %1 attendees, of whom %2 women (%3 not named above).</source>
        <translation>ຜູ້ເຂົ້າຮ່ວມທັງໝົດ %1 ຄົນ, ຍິງ %2 ຄົນ (ບໍ່ໄດ້ລະບຸຊື່ຂ້າງເທິງ %3 ຄົນ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>ລະບຽບວາລະກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proceedings</source>
        <translation>ສະຫຼຸບຜົນກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented by %1</source>
        <translation>ນຳສະເໜີໂດຍ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action item was open from earlier meetings.</source>
        <translation>ບໍ່ມີວຽກທີ່ຕ້ອງປະຕິບັດຄ້າງຈາກກອງປະຊຸມຄັ້ງກ່ອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision: %1</source>
        <translation>ມະຕິ: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action: %1 (%2, by %3)</source>
        <translation>ປະຕິບັດ: %1 (%2, ພາຍໃນ %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>ມະຕິ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action items</source>
        <translation>ວຽກທີ່ຕ້ອງປະຕິບັດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action item was handed out.</source>
        <translation>ບໍ່ມີການມອບໝາຍວຽກທີ່ຕ້ອງປະຕິບັດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>ລຳດັບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>ວຽກທີ່ຕ້ອງປະຕິບັດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>ຜູ້ຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>ກຳນົດສຳເລັດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>ຄວາມຄືບໜ້າ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For the %1</source>
        <translation>ໃນນາມ%1</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../mouplanner/ui/minutes_dialog.py" line="-123"/>
        <source>Meeting minutes</source>
        <translation>ບົດບັນທຶກກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no date</source>
        <translation>ບໍ່ມີວັນທີ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting</source>
        <translation>ກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2 side by side</source>
        <translation>%1 ແລະ %2 ຄູ່ກັນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word document (.docx)</source>
        <translation>ເອກະສານ Word (.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>ຮູບແບບໄຟລ໌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write</source>
        <translation>ບັນທຶກໄຟລ໌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This workspace has no meeting yet.</source>
        <translation>ພື້ນທີ່ເຮັດວຽກນີ້ຍັງບໍ່ມີກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>minutes</source>
        <translation>ບົດບັນທຶກກອງປະຊຸມ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the file to write.</source>
        <translation>ກະລຸນາເລືອກໄຟລ໌ທີ່ຈະບັນທຶກ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist.</source>
        <translation>ບໍ່ມີໂຟນເດີ %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This meeting was deleted meanwhile.</source>
        <translation>ກອງປະຊຸມນີ້ຖືກລຶບໄປແລ້ວໃນລະຫວ່າງນີ້</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minutes could not be written: %1</source>
        <translation>ບັນທຶກບົດບັນທຶກກອງປະຊຸມບໍ່ໄດ້: %1</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message numerus="yes">
        <location filename="../mouplanner/ui/navigator.py" line="+67"/>
        <source>%n cooperation area(s)</source>
        <translation>
            <numerusform>%n ຂົງເຂດການຮ່ວມມື</numerusform>
            <numerusform>%n ຂົງເຂດການຮ່ວມມື</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n workstream(s)</source>
        <translation>
            <numerusform>%n ແຜນງານ</numerusform>
            <numerusform>%n ແຜນງານ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n ກິດຈະກຳ</numerusform>
            <numerusform>%n ກິດຈະກຳ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n overdue milestone(s)</source>
        <translation>
            <numerusform>ຈຸດໝາຍກາຍກຳນົດ %n ລາຍການ</numerusform>
            <numerusform>ຈຸດໝາຍກາຍກຳນົດ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All agreements</source>
        <translation>ຂໍ້ຕົກລົງທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../mouplanner/ui/server_connect.py" line="-64"/>
        <source>Password</source>
        <translation>ລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of %1 for %2 on %3:</source>
        <translation>ລະຫັດຜ່ານຂອງ %1 ສຳລັບ %2 ເທິງ %3:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept that password. Try again.</source>
        <translation>ເຊີບເວີບໍ່ຍອມຮັບລະຫັດຜ່ານນັ້ນ. ລອງອີກຄັ້ງ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep it in this computer&apos;s keyring</source>
        <translation>ເກັບໄວ້ໃນບ່ອນເກັບລະຫັດຜ່ານຂອງເຄື່ອງນີ້</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer has no keyring: the password is asked each time</source>
        <translation>ເຄື່ອງນີ້ບໍ່ມີບ່ອນເກັບລະຫັດຜ່ານ: ຈະຖາມລະຫັດຜ່ານທຸກຄັ້ງ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>ເຊື່ອມຕໍ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <location filename="../mouplanner/standards/mspdi_import.py" line="-117"/>
        <source>task {uid} “{task}”: its record is no longer in the workspace</source>
        <translation>ວຽກ {uid} “{task}”: ລະບຽນຂອງວຽກນີ້ບໍ່ຢູ່ໃນບ່ອນເຮັດວຽກແລ້ວ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>task {uid} “{task}”: {key} is not a milestone or an activity</source>
        <translation>ວຽກ {uid} “{task}”: {key} ບໍ່ແມ່ນຈຸດໝາຍ ຫຼື ກິດຈະກຳ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>task {uid} “{task}”: a summary task mouplanner did not export (not imported)</source>
        <translation>ວຽກ {uid} “{task}”: ວຽກສະຫຼຸບທີ່ບໍ່ໄດ້ສົ່ງອອກຈາກ mouplanner (ບໍ່ນຳເຂົ້າ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>task {uid} “{task}”: not under one of mouplanner&apos;s workstreams</source>
        <translation>ວຽກ {uid} “{task}”: ບໍ່ໄດ້ຢູ່ພາຍໃຕ້ແຜນງານຂອງ mouplanner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>task {uid} “{task}”: it has no start date</source>
        <translation>ວຽກ {uid} “{task}”: ບໍ່ມີວັນເລີ່ມ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>task {uid} “{task}”: its {link} link from task {other} (mouplanner links its milestones and activities)</source>
        <translation>ວຽກ {uid} “{task}”: ການເຊື່ອມໂຍງແບບ {link} ຈາກວຽກ {other} (mouplanner ເຊື່ອມໂຍງໄດ້ສະເພາະຈຸດໝາຍ ແລະ ກິດຈະກຳ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{resources} resources and {assignments} assignments (mouplanner keeps people on activities, not as resources)</source>
        <translation>ຊັບພະຍາກອນ {resources} ລາຍການ ແລະ ການມອບໝາຍ {assignments} ລາຍການ (mouplanner ເກັບບຸກຄົນໄວ້ກັບກິດຈະກຳ ບໍ່ແມ່ນເປັນຊັບພະຍາກອນ)</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <location filename="../mouplanner/ui/plan_import_dialog.py" line="-96"/>
        <source>Import from MS Project: %1</source>
        <translation>ນຳເຂົ້າຈາກ MS Project: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>ລະບຽນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>ຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>ປັດຈຸບັນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>ໃນໄຟລ໌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the file&apos;s values</source>
        <translation>ໃຊ້ຄ່າຈາກໄຟລ໌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the workspace&apos;s values</source>
        <translation>ຮັກສາຄ່າໃນບ່ອນເຮັດວຽກ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts:</source>
        <translation>ຂໍ້ຂັດແຍ່ງ:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply</source>
        <translation>ນຳເຂົ້າ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Conflicts with edits made here since the export</source>
        <translation>ຂັດແຍ່ງກັບການແກ້ໄຂໃນບ່ອນເຮັດວຽກນີ້ຫຼັງການສົ່ງອອກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>ການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New records (%1)</source>
        <translation>ລະບຽນໃໝ່ (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New dependencies (%1)</source>
        <translation>ການເຊື່ອມໂຍງໃໝ່ (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not mapped (%1)</source>
        <translation>ນຳເຂົ້າບໍ່ໄດ້ (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing has changed yet. %1 changes (%2 conflicts), %3 new records, %4 new dependencies; %5 parts of the file are not mapped.</source>
        <translation>ຍັງບໍ່ມີການປ່ຽນແປງໃດ: ປ່ຽນແປງ %1 ລາຍການ (ຂັດແຍ່ງ %2), ລະບຽນໃໝ່ %3, ການເຊື່ອມໂຍງໃໝ່ %4; ສ່ວນຂອງໄຟລ໌ທີ່ນຳເຂົ້າບໍ່ໄດ້ %5</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>import “%1”</source>
        <translation>ນຳເຂົ້າ “%1”</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message numerus="yes">
        <location filename="../mouplanner/ui/list_view.py" line="+241"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n ລາຍການ</numerusform>
            <numerusform>%n ລາຍການ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Search (Ctrl+F): title, place, organisation, people</source>
        <translation>ຊອກຫາ (Ctrl+F): ຫົວຂໍ້, ສະຖານທີ່, ອົງການ, ບຸກຄົນ</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>All kinds</source>
        <translation>ທຸກປະເພດ</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>%n row(s) copied</source>
        <translation>
            <numerusform>ສຳເນົາ %n ແຖວແລ້ວ</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All statuses</source>
        <translation>ທຸກສະຖານະ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>ແຕ່</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>ສົ່ງອອກ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the list as shown (its columns, search, filters and order) to Excel or CSV. Ctrl+C copies the selected rows as a table; right-click a column&apos;s header to show or hide columns.</source>
        <translation>ບັນທຶກລາຍການຕາມທີ່ເຫັນ (ຖັນ, ການຊອກຫາ, ຕົວກັ່ນຕອງ ແລະ ລຳດັບ) ເປັນໄຟລ໌ Excel ຫຼື CSV; Ctrl+C ສຳເນົາແຖວທີ່ເລືອກເປັນຕາຕະລາງ; ຄລິກຂວາທີ່ຫົວຖັນເພື່ອສະແດງ ຫຼື ເຊື່ອງຖັນ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search (Ctrl+F): title, deliverable</source>
        <translation>ຊອກຫາ (Ctrl+F): ຫົວຂໍ້, ຜົນຜະລິດທີ່ຕ້ອງສົ່ງມອບ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search (Ctrl+F): name, position, e-mail</source>
        <translation>ຊອກຫາ (Ctrl+F): ຊື່, ຕຳແໜ່ງ, ອີເມວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search (Ctrl+F): name, short name</source>
        <translation>ຊອກຫາ (Ctrl+F): ຊື່, ຊື່ຫຍໍ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search (Ctrl+F): indicator name</source>
        <translation>ຊອກຫາ (Ctrl+F): ຊື່ຕົວຊີ້ວັດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search (Ctrl+F)</source>
        <translation>ຊອກຫາ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/list_export.py" line="+95"/>
        <source>Export the list</source>
        <translation>ສົ່ງອອກລາຍການ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A list is exported as .xlsx or .csv; name the file so.</source>
        <translation>ລາຍການສົ່ງອອກເປັນ .xlsx ຫຼື .csv ເທົ່ານັ້ນ ກະລຸນາຕັ້ງຊື່ໄຟລ໌ໃຫ້ຖືກຕ້ອງ</translation>
    </message>
    <message numerus="yes">
        <location filename="../mouplanner/ui/list_view.py" line="-41"/>
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>ຂຽນ %n ແຖວລົງໃນ %1 ແລ້ວ</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/list_export.py" line="+17"/>
        <source>Cancelled: no file was written.</source>
        <translation>ຍົກເລີກແລ້ວ: ບໍ່ໄດ້ຂຽນໄຟລ໌ໃດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list could not be written: %1</source>
        <translation>ຂຽນລາຍການບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting…</source>
        <translation>ກຳລັງສົ່ງອອກ…</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../mouplanner/ui/pdf_report.py" line="+30"/>
        <source>Slippage since the baseline of %1</source>
        <translation>ຄວາມຄາດເຄື່ອນຈາກແຜນພື້ນຖານເມື່ອ %1</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/minutes_pdf.py" line="+83"/>
        <location filename="../mouplanner/ui/pdf_report.py" line="+182"/>
        <source>Page %1 of %2</source>
        <translation>ໜ້າ %1 ຈາກ %2</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../mouplanner/ui/backup_dialog.py" line="-87"/>
        <source>Restore from backup</source>
        <translation>ກູ້ຄືນຈາກຂໍ້ມູນສຳຮອງ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>before an upgrade of the file</source>
        <translation>ກ່ອນປັບລຸ້ນໄຟລ໌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an import from Excel</source>
        <translation>ກ່ອນນຳເຂົ້າຈາກ Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before receiving changes</source>
        <translation>ກ່ອນຮັບການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>ກ່ອນການກູ້ຄືນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>made by hand</source>
        <translation>ສ້າງດ້ວຍຕົນເອງ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workspace is replaced by the backup you choose. The current file is kept as a backup first, so you can come back to it.</source>
        <translation>ບ່ອນເຮັດວຽກຈະຖືກແທນທີ່ດ້ວຍຂໍ້ມູນສຳຮອງທີ່ທ່ານເລືອກ ໄຟລ໌ປັດຈຸບັນຈະຖືກເກັບເປັນຂໍ້ມູນສຳຮອງກ່ອນ ຈຶ່ງກັບຄືນໄດ້</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no backups of this workspace yet.</source>
        <translation>ຍັງບໍ່ມີຂໍ້ມູນສຳຮອງຂອງບ່ອນເຮັດວຽກນີ້</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>ກູ້ຄືນ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
</context>
<context>
    <name>RightsDialog</name>
    <message>
        <location filename="../mouplanner/ui/rights_dialog.py" line="+122"/>
        <location line="+68"/>
        <source>Reader</source>
        <translation>ຜູ້ອ່ານ</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+68"/>
        <source>Editor</source>
        <translation>ຜູ້ແກ້ໄຂ</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+69"/>
        <source>Admin</source>
        <translation>ຜູ້ເບິ່ງແຍງ</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>reads every agreement</source>
        <translation>ອ່ານໄດ້ທຸກຂໍ້ຕົກລົງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every agreement</source>
        <translation>ທຸກຂໍ້ຕົກລົງ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tick the agreements %1 may edit, or All agreements.</source>
        <translation>ເລືອກຂໍ້ຕົກລົງທີ່ %1 ແກ້ໄຂໄດ້ ຫຼື ເລືອກທຸກຂໍ້ຕົກລົງ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no rights now</source>
        <translation>ຕອນນີ້ %1 ບໍ່ມີສິດໃດໆ</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+33"/>
        <source>Rights</source>
        <translation>ສິດການນຳໃຊ້</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Who may read and edit this workspace. Readers see everything; editors change the agreements given them; admins change everything and give rights. The server itself enforces them, for every program that connects.</source>
        <translation>ໃຜອ່ານ ແລະ ແກ້ໄຂບ່ອນເຮັດວຽກນີ້ໄດ້ ຜູ້ອ່ານເຫັນທຸກຢ່າງ ຜູ້ແກ້ໄຂປ່ຽນແປງຂໍ້ຕົກລົງທີ່ໄດ້ຮັບມອບໝາຍ ຜູ້ເບິ່ງແຍງປ່ຽນແປງໄດ້ທຸກຢ່າງ ແລະ ໃຫ້ສິດຜູ້ອື່ນ ເຊີບເວີບັງຄັບໃຊ້ສິດເຫຼົ່ານີ້ເອງກັບທຸກໂປຣແກຣມທີ່ເຊື່ອມຕໍ່</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Login</source>
        <translation>ຊື່ເຂົ້າລະບົບ</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Level</source>
        <translation>ລະດັບ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Agreements</source>
        <translation>ຂໍ້ຕົກລົງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May edit</source>
        <translation>ແກ້ໄຂໄດ້</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No rights</source>
        <translation>ບໍ່ມີສິດ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All agreements</source>
        <translation>ທຸກຂໍ້ຕົກລົງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>ນຳໃຊ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../mouplanner/ui/exchange_dialogs.py" line="-51"/>
        <source>Send changes</source>
        <translation>ສົ່ງການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the changes the other laptop has not had yet into a file. Send it by e-mail or on a USB stick; the other laptop receives it with File &gt; Exchange &gt; Receive changes.</source>
        <translation>ຂຽນການປ່ຽນແປງທີ່ເຄື່ອງອື່ນຍັງບໍ່ມີລົງໃນໄຟລ໌ ສົ່ງທາງອີເມວ ຫຼື USB ແລ້ວເຄື່ອງອື່ນຮັບດ້ວຍ ແຟ້ມ &gt; ແລກປ່ຽນ &gt; ຮັບການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything (for a laptop not listed)</source>
        <translation>ທັງໝົດ (ສຳລັບເຄື່ອງທີ່ບໍ່ຢູ່ໃນລາຍການ)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>for %1</source>
        <translation>ສຳລັບ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes</source>
        <translation>ການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Send</source>
        <translation>ສົ່ງ</translation>
    </message>
</context>
<context>
    <name>SyncOffer</name>
    <message>
        <location filename="../mouplanner/ui/gallery_server.py" line="+91"/>
        <location filename="../mouplanner/ui/server_sync.py" line="-32"/>
        <source>Sync with the server</source>
        <translation>ຊິງກັບເຊີບເວີ</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/server_sync.py" line="-16"/>
        <source>The server %1 can be reached.</source>
        <translation>ຕິດຕໍ່ເຊີບເວີ %1 ໄດ້ແລ້ວ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes made on this laptop have not been sent to it yet.</source>
        <translation>ມີການປ່ຽນແປງໃນເຄື່ອງນີ້ %1 ລາຍການທີ່ຍັງບໍ່ໄດ້ສົ່ງໄປ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync to receive what others changed meanwhile.</source>
        <translation>ຊິງເພື່ອຮັບສິ່ງທີ່ຄົນອື່ນປ່ຽນແປງໃນລະຫວ່າງນີ້</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>ຊິງດຽວນີ້</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sent to %1: %2 changes taken; %3 records created, %4 updated, %5 deleted, %6 restored there.</source>
        <translation>ສົ່ງໄປຫາ %1: ຮັບການປ່ຽນແປງ %2 ລາຍການ ສ້າງ %3 ບັນທຶກ ປັບປຸງ %4 ລຶບ %5 ກູ້ຄືນ %6 ຢູ່ທີ່ນັ້ນ</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../mouplanner/ui/tasks.py" line="+20"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../mouplanner/ui/timeline/view.py" line="+212"/>
        <source>More than %1 activities: choose an agreement, a cooperation area or a workstream in the navigator to see its timeline.</source>
        <translation>ມີກິດຈະກຳຫຼາຍກວ່າ %1 ລາຍການ: ເລືອກຂໍ້ຕົກລົງ, ຂົງເຂດການຮ່ວມມື ຫຼື ແຜນງານໃນແຖບນຳທາງເພື່ອເບິ່ງເສັ້ນເວລາ</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 day</source>
        <translation>%1 ມື້</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 ມື້</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 months</source>
        <translation>%1 ເດືອນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 years</source>
        <translation>%1 ປີ</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Today</source>
        <translation>ມື້ນີ້</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Grey: baseline %1</source>
        <translation>ສີເທົາ: ແຜນພື້ນຖານ %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>reschedule “%1”</source>
        <translation>ເລື່ອນກຳນົດ “%1”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>save baseline</source>
        <translation>ບັນທຶກແຜນພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Weeks</source>
        <translation>ອາທິດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Months</source>
        <translation>ເດືອນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarters</source>
        <translation>ໄຕມາດ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>ປີ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring today into view</source>
        <translation>ເລື່ອນໄປທີ່ມື້ນີ້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save baseline</source>
        <translation>ບັນທຶກແຜນພື້ນຖານ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep today&apos;s planned dates, to show slippage later</source>
        <translation>ເກັບວັນທີຕາມແຜນຂອງມື້ນີ້ໄວ້ ເພື່ອສະແດງຄວາມຄາດເຄື່ອນພາຍຫຼັງ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement, area, workstream</source>
        <translation>ຂໍ້ຕົກລົງ, ຂົງເຂດການຮ່ວມມື, ແຜນງານ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>ເລີ່ມ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>ສິ້ນສຸດ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>ໄລຍະເວລາ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% done</source>
        <translation>% ສຳເລັດ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>milestone planned</source>
        <translation>ຈຸດໝາຍຕາມແຜນ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>milestone done</source>
        <translation>ຈຸດໝາຍທີ່ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual dates</source>
        <translation>ວັນທີດຳເນີນການຕົວຈິງ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>baseline (grey, dashed)</source>
        <translation>ແຜນພື້ນຖານ (ເສັ້ນຈ້ຳສີເທົາ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>ມື້ນີ້</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/timeline/scene.py" line="+85"/>
        <source>Today: %1</source>
        <translation>ມື້ນີ້: %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Actual: %1 – %2</source>
        <translation>ຕົວຈິງ: %1 – %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Baseline: %1</source>
        <translation>ແຜນພື້ນຖານ: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Done: %1</source>
        <translation>ສຳເລັດ: %1</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/timeline/items.py" line="+140"/>
        <source>%1, %2 days after</source>
        <translation>%1 ຫຼັງຈາກນັ້ນ %2 ມື້</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 days before</source>
        <translation>%1 ກ່ອນໜ້ານັ້ນ %2 ມື້</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/timeline/linking.py" line="+36"/>
        <source>link “%1” after “%2”</source>
        <translation>ເຊື່ອມໂຍງ “%1” ໃຫ້ຕໍ່ຈາກ “%2”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>remove the link of “%1”</source>
        <translation>ເອົາການເຊື່ອມໂຍງຂອງ “%1” ອອກ</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../mouplanner/domain/validation.py" line="+108"/>
        <location line="+2"/>
        <source>{value} is not a number</source>
        <translation>{value} ບໍ່ແມ່ນຕົວເລກ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown value {value}; expected one of: {allowed}</source>
        <translation>ບໍ່ຮູ້ຈັກຄ່າ {value} ຄ່າທີ່ໃຊ້ໄດ້: {allowed}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a date (type day/month/year, e.g. 7/2/2018)</source>
        <translation>{value} ບໍ່ແມ່ນວັນທີ (ພິມ ວັນ/ເດືອນ/ປີ ເຊັ່ນ 7/2/2018)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a whole number</source>
        <translation>{value} ບໍ່ແມ່ນຈຳນວນເຕັມ</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../mouplanner/exchange/admission.py" line="+37"/>
        <source>{entity} has no field {name}</source>
        <translation>{entity} ບໍ່ມີຊ່ອງຂໍ້ມູນ {name}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>is required</source>
        <translation>ຈຳເປັນຕ້ອງລະບຸ</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>is {length} characters long; at most {limit} allowed</source>
        <translation>ຍາວ {length} ຕົວອັກສອນ ໃສ່ໄດ້ບໍ່ເກີນ {limit} ຕົວອັກສອນ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be negative</source>
        <translation>ຕ້ອງບໍ່ຕິດລົບ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a title is required in at least one language (English, Thai or Lao)</source>
        <translation>ຕ້ອງມີຫົວຂໍ້ຢ່າງໜ້ອຍໜຶ່ງພາສາ (ອັງກິດ, ໄທ ຫຼື ລາວ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a name is required in at least one language (English, Thai or Lao)</source>
        <translation>ຕ້ອງມີຊື່ຢ່າງໜ້ອຍໜຶ່ງພາສາ (ອັງກິດ, ໄທ ຫຼື ລາວ)</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/rules.py" line="+24"/>
        <source>{end} is before the start ({start})</source>
        <translation>{end} ຢູ່ກ່ອນວັນເລີ່ມຕົ້ນ ({start})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{date} is before the agreement takes effect ({start})</source>
        <translation>{date} ຢູ່ກ່ອນວັນທີຂໍ້ຕົກລົງມີຜົນ ({start})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} is after the agreement expires ({end})</source>
        <translation>{date} ຢູ່ຫຼັງວັນທີຂໍ້ຕົກລົງໝົດອາຍຸ ({end})</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/validation.py" line="+12"/>
        <source>{value} is not a two-letter ISO country code (TH, LA...)</source>
        <translation>{value} ບໍ່ແມ່ນລະຫັດປະເທດ ISO ສອງຕົວອັກສອນ (TH, LA...)</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/rules.py" line="+8"/>
        <source>an agreement code is required</source>
        <translation>ຕ້ອງລະບຸລະຫັດຂໍ້ຕົກລົງ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not a number from 1 to {most}</source>
        <translation>{value} ບໍ່ແມ່ນຕົວເລກລະຫວ່າງ 1 ຫາ {most}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tacit renewal starts at the expiry date: give the date the first term ends</source>
        <translation>ການຕໍ່ອາຍຸໂດຍອັດຕະໂນມັດເລີ່ມນັບຈາກວັນໝົດອາຍຸ: ກະລຸນາລະບຸວັນສິ້ນສຸດໄລຍະທຳອິດ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a document is attached to one record (an agreement, a meeting, a workstream, an activity or an action item)</source>
        <translation>ເອກະສານແນບກັບບັນທຶກໄດ້ພຽງໜຶ່ງລາຍການ (ສັນຍາ, ກອງປະຊຸມ, ແຜນວຽກ, ກິດຈະກຳ ຫຼື ວຽກທີ່ຕ້ອງປະຕິບັດ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the date of the event is required</source>
        <translation>ຕ້ອງລະບຸວັນທີ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a renewal says until when the agreement now runs</source>
        <translation>ການຕໍ່ອາຍຸຄວນລະບຸວ່າມີຜົນເຖິງເມື່ອໃດ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a dependency belongs to one milestone or one activity</source>
        <translation>ການເຊື່ອມໂຍງເປັນຂອງຈຸດໝາຍ ຫຼື ກິດຈະກຳພຽງໜຶ່ງລາຍການ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give the one milestone or activity it depends on</source>
        <translation>ລະບຸຈຸດໝາຍ ຫຼື ກິດຈະກຳໜຶ່ງລາຍການທີ່ຕ້ອງລໍ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot depend on itself</source>
        <translation>ເຊື່ອມໂຍງກັບຕົວເອງບໍ່ໄດ້</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a lag is at most {limit} days either way</source>
        <translation>ໄລຍະຫ່າງຕ້ອງບໍ່ເກີນ {limit} ມື້ທັງກ່ອນ ແລະ ຫຼັງ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a milestone marked done should have its actual date</source>
        <translation>ຈຸດໝາຍທີ່ສຳເລັດແລ້ວຄວນມີວັນທີສຳເລັດຕົວຈິງ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} is in the future</source>
        <translation>{date} ຍັງມາບໍ່ເຖິງ</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+57"/>
        <source>women ({women}) cannot be more than the total ({total})</source>
        <translation>ຈຳນວນຍິງ ({women}) ຕ້ອງບໍ່ຫຼາຍກວ່າຈຳນວນທັງໝົດ ({total})</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>a budget needs a currency (THB, LAK or USD)</source>
        <translation>ງົບປະມານຕ້ອງລະບຸສະກຸນເງິນ (THB, LAK ຫຼື USD)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LAK amounts have no decimals</source>
        <translation>ຈຳນວນເງິນກີບ (LAK) ບໍ່ມີທົດສະນິຍົມ</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{value} is not a time of day as hours and minutes (09:30)</source>
        <translation>{value} ບໍ່ແມ່ນເວລາໃນຮູບແບບຊົ່ວໂມງ ແລະ ນາທີ (09:30)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not a time zone (Asia/Bangkok, Asia/Vientiane, Asia/Tokyo...)</source>
        <translation>{value} ບໍ່ແມ່ນເຂດເວລາ (Asia/Bangkok, Asia/Vientiane, Asia/Tokyo...)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} is not a number of months from 1 to 60 (12: every year)</source>
        <translation>{value} ບໍ່ແມ່ນຈຳນວນເດືອນລະຫວ່າງ 1 ຫາ 60 (12: ທຸກປີ)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{date} is a public holiday in {country}: {name}</source>
        <translation>{date} ເປັນວັນພັກລັດຖະການຂອງ {country}: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a decision needs its text in at least one language</source>
        <translation>ມະຕິຕ້ອງມີຂໍ້ຄວາມຢ່າງໜ້ອຍໜຶ່ງພາສາ</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/validation.py" line="+9"/>
        <source>{value} is not an e-mail address</source>
        <translation>{value} ບໍ່ແມ່ນອີເມວ</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/rules.py" line="-72"/>
        <source>an indicator belongs to exactly one agreement, cooperation area or workstream</source>
        <translation>ຕົວຊີ້ວັດຕ້ອງຢູ່ພາຍໃຕ້ຂໍ້ຕົກລົງ, ຂົງເຂດການຮ່ວມມື ຫຼື ແຜນງານ ຢ່າງໃດຢ່າງໜຶ່ງເທົ່ານັ້ນ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a period label is required (e.g. 2021 or 2021-Q1)</source>
        <translation>ຕ້ອງລະບຸໄລຍະ (ເຊັ່ນ 2021 ຫຼື 2021-Q1)</translation>
    </message>
    <message>
        <location filename="../mouplanner/services/records.py" line="+68"/>
        <source>refers to a record that does not exist or was deleted ({entity})</source>
        <translation>ອ້າງເຖິງລາຍການທີ່ບໍ່ມີ ຫຼື ຖືກລຶບແລ້ວ ({entity})</translation>
    </message>
    <message>
        <location filename="../mouplanner/exchange/admission.py" line="+23"/>
        <source>{value} cannot be read as a value</source>
        <translation>{value} ອ່ານເປັນຄ່າບໍ່ໄດ້</translation>
    </message>
    <message>
        <location filename="../mouplanner/exchange/rights.py" line="+21"/>
        <source>the server refused it: {reason}</source>
        <translation>ເຊີບເວີບໍ່ຍອມຮັບ: {reason}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../mouplanner/ui/welcome.py" line="+36"/>
        <source>No workspace is open.</source>
        <translation>ຍັງບໍ່ໄດ້ເປີດບ່ອນເຮັດວຽກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workspace…</source>
        <translation>ບ່ອນເຮັດວຽກໃໝ່…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open workspace…</source>
        <translation>ເປີດບ່ອນເຮັດວຽກ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a server…</source>
        <translation>ເຊື່ອມຕໍ່ກັບເຊີບເວີ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo workspace</source>
        <translation>ເປີດບ່ອນເຮັດວຽກຕົວຢ່າງ</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../mouplanner/ui/workspace_page.py" line="+295"/>
        <source>Delete %1 “%2”?</source>
        <translation>ລຶບ%1 “%2” ບໍ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This also deletes:</source>
        <translation>ລາຍການຕໍ່ໄປນີ້ຈະຖືກລຶບນຳ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and removes the link to it from:</source>
        <translation>ແລະ ຍົກເລີກການເຊື່ອມໂຍງຈາກ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>ຍົກເລີກໄດ້ດ້ວຍ Ctrl+Z</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <translation>ເກັບໄວ້</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>delete %1 “%2”</source>
        <translation>ລຶບ%1 “%2”</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The next meeting is planned: %1, %2</source>
        <translation>ວາງແຜນກອງປະຊຸມຄັ້ງຕໍ່ໄປແລ້ວ: %1, %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Dashboard</source>
        <translation>ພາບລວມ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Timeline</source>
        <translation>ເສັ້ນເວລາ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>ປະຕິທິນ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>ຄົບກຳນົດ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts (%1)</source>
        <translation>ຂໍ້ຂັດແຍ່ງ (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>ຂໍ້ຂັດແຍ່ງ</translation>
    </message>
</context>
<context>
    <name>_CheckPage</name>
    <message>
        <location filename="../mouplanner/ui/import_wizard.py" line="-192"/>
        <source>Check</source>
        <translation>ກວດສອບ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+16"/>
        <source>Sheet</source>
        <translation>ແຜ່ນງານ</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+6"/>
        <location line="+16"/>
        <source>Row</source>
        <translation>ແຖວ</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+6"/>
        <location line="+17"/>
        <source>Column</source>
        <translation>ຖັນ</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Value found</source>
        <translation>ຄ່າທີ່ພົບ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is expected</source>
        <translation>ສິ່ງທີ່ຕ້ອງການ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the workspace</source>
        <translation>ໃນບ່ອນເຮັດວຽກ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the workbook</source>
        <translation>ໃນປຶ້ມວຽກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>ໃຊ້ຄ່າ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep all workspace values</source>
        <translation>ໃຊ້ຄ່າໃນບ່ອນເຮັດວຽກທັງໝົດ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take all workbook values</source>
        <translation>ໃຊ້ຄ່າໃນປຶ້ມວຽກທັງໝົດ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts: changed in the workspace since the export and in the workbook. Choose which value to keep.</source>
        <translation>ຂໍ້ຂັດແຍ່ງ: ມີການແກ້ໄຂທັງໃນບ່ອນເຮັດວຽກຫຼັງການສົ່ງອອກ ແລະ ໃນປຶ້ມວຽກ ກະລຸນາເລືອກຄ່າທີ່ຈະໃຊ້</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now → after the import</source>
        <translation>ປັດຈຸບັນ → ຫຼັງນຳເຂົ້າ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>To create: %1 · to update: %2 · to delete: %3 · unchanged: %4</source>
        <translation>ສ້າງໃໝ່: %1 · ປັບປຸງ: %2 · ລຶບ: %3 · ບໍ່ປ່ຽນແປງ: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n problem(s) must be fixed in the workbook before it can be imported.</source>
        <translation>
            <numerusform>ຕ້ອງແກ້ໄຂບັນຫາ %n ລາຍການໃນປຶ້ມວຽກກ່ອນນຳເຂົ້າ</numerusform>
            <numerusform>ຕ້ອງແກ້ໄຂບັນຫາ %n ລາຍການໃນປຶ້ມວຽກກ່ອນນຳເຂົ້າ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose…</source>
        <translation>ເລືອກ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace value</source>
        <translation>ຄ່າໃນບ່ອນເຮັດວຽກ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook value</source>
        <translation>ຄ່າໃນປຶ້ມວຽກ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes (%1)</source>
        <translation>ການປ່ຽນແປງ (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (first %1)</source>
        <translation>ການປ່ຽນແປງ (%1 ລາຍການທຳອິດ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems (%1)</source>
        <translation>ບັນຫາ (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts (%1)</source>
        <translation>ຂໍ້ຂັດແຍ່ງ (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>new</source>
        <translation>ໃໝ່</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the record is deleted</source>
        <translation>ລາຍການນີ້ຈະຖືກລຶບ</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <location line="-135"/>
        <source>Browse…</source>
        <translation>ເລືອກ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a data workbook exported from mouplanner, or a filled template. Nothing changes until you apply the import after checking it.</source>
        <translation>ເລືອກປຶ້ມວຽກຂໍ້ມູນທີ່ສົ່ງອອກຈາກ mouplanner ຫຼື ແມ່ແບບທີ່ຕື່ມແລ້ວ ຂໍ້ມູນຈະບໍ່ປ່ຽນແປງຈົນກວ່າທ່ານຈະກົດນຳເຂົ້າຫຼັງການກວດສອບ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workbook</source>
        <translation>ປຶ້ມວຽກ</translation>
    </message>
</context>
<context>
    <name>_ToFile</name>
    <message>
        <location filename="../mouplanner/ui/exchange_dialogs.py" line="-45"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the file to write.</source>
        <translation>ກະລຸນາເລືອກໄຟລ໌ທີ່ຈະບັນທຶກ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 does not exist.</source>
        <translation>ບໍ່ມີໂຟນເດີ %1</translation>
    </message>
</context>
</TS>
