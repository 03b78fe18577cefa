<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AddOperatorDialog</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="165"/>
        <source>Add an operator</source>
        <translation>Tambah operator</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="168"/>
        <source>The new operator logs in with this name and password. Tell them the password in person; they can change it after logging in.</source>
        <translation>Operator baru masuk dengan nama dan kata sandi ini. Sampaikan kata sandinya secara langsung; mereka dapat menggantinya setelah masuk.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="172"/>
        <source>Operator &amp;name</source>
        <translation>&amp;Nama operator</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="177"/>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="178"/>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="179"/>
        <source>Password &amp;again</source>
        <translation>Ulangi kata &amp;sandi</translation>
    </message>
</context>
<context>
    <name>AddVillageDialog</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/village_form.py" line="57"/>
        <source>Add a village</source>
        <translation>Tambah desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/village_form.py" line="65"/>
        <source>Add village</source>
        <translation>Tambah desa</translation>
    </message>
</context>
<context>
    <name>AddressSection</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_address.py" line="19"/>
        <source>Address and contact</source>
        <translation>Alamat dan kontak</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_address.py" line="22"/>
        <source>Street, house number</source>
        <translation>Jalan, nomor rumah</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_address.py" line="23"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_address.py" line="34"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_address.py" line="46"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_address.py" line="50"/>
        <source>Hamlet (dusun)</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_address.py" line="52"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_address.py" line="55"/>
        <source>e.g. 0812 3456 7890</source>
        <translation>mis. 0812 3456 7890</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_address.py" line="56"/>
        <source>Mobile number</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_address.py" line="59"/>
        <source>Optional, 16 digits</source>
        <translation>Tidak wajib, 16 digit</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_address.py" line="60"/>
        <source>Family card (KK)</source>
        <translation>Kartu Keluarga (KK)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_address.py" line="61"/>
        <source>Not known</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_address.py" line="62"/>
        <source>DTSEN welfare decile: 1 is the poorest tenth</source>
        <translation>Desil kesejahteraan DTSEN: 1 adalah 10% termiskin</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_address.py" line="63"/>
        <source>DTSEN decile</source>
        <translation>Desil DTSEN</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_attendance.py" line="49"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_attendance.py" line="50"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_attendance.py" line="51"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_attendance.py" line="53"/>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_attendance.py" line="54"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_attendance.py" line="54"/>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_attendance.py" line="64"/>
        <source>Nobody recorded yet: add each person present below, or link their registration.</source>
        <translation>Belum ada yang dicatat. Tambahkan setiap orang yang hadir di bawah, atau kaitkan data pendaftarannya.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_attendance.py" line="69"/>
        <source>Remove selected</source>
        <translation>Hapus yang dipilih</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_attendance.py" line="71"/>
        <source>Take a person entered by mistake off the list (Delete)</source>
        <translation>Hapus orang yang salah dimasukkan dari daftar (Delete)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_attendance.py" line="83"/>
        <source>Name as on the KTP</source>
        <translation>Nama sesuai KTP</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_attendance.py" line="85"/>
        <source>NIK (optional)</source>
        <translation>NIK (tidak wajib)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_attendance.py" line="96"/>
        <source>Role or work</source>
        <translation>Peran atau pekerjaan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_attendance.py" line="98"/>
        <source>Mobile (optional)</source>
        <translation>Nomor HP (tidak wajib)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_attendance.py" line="99"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_attendance.py" line="128"/>
        <source>Add a person present:</source>
        <translation>Tambah orang yang hadir:</translation>
    </message>
</context>
<context>
    <name>CapturedPanel</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_captured.py" line="38"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_captured.py" line="39"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_captured.py" line="40"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_captured.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_captured.py" line="49"/>
        <source>No registrations linked yet. Register people under Village officials or Workers, then find them below and link them to this session.</source>
        <translation>Belum ada pendaftaran yang dikaitkan. Daftarkan orang di menu Perangkat desa atau Pekerja, lalu cari di bawah dan kaitkan dengan sosialisasi ini.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_captured.py" line="56"/>
        <source>Link to this session</source>
        <translation>Kaitkan ke sosialisasi ini</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_captured.py" line="60"/>
        <source>Find a registration by name or NIK to link</source>
        <translation>Cari pendaftaran menurut nama atau NIK untuk dikaitkan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_captured.py" line="68"/>
        <source>Registrations captured in this session</source>
        <translation>Pendaftaran yang didapat dalam sosialisasi ini</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_captured.py" line="77"/>
        <source>Link a registration made at this session:</source>
        <translation>Kaitkan pendaftaran yang dibuat saat sosialisasi ini:</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="229"/>
        <source>Change my password</source>
        <translation>Ganti kata sandi saya</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="231"/>
        <source>Logged in as %1. Type your current password, then the new one twice.</source>
        <translation>Masuk sebagai %1. Ketik kata sandi saat ini, lalu kata sandi baru dua kali.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="235"/>
        <source>&amp;Current password</source>
        <translation>Kata sandi &amp;saat ini</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="236"/>
        <source>New &amp;password</source>
        <translation>Kata sandi &amp;baru</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="237"/>
        <source>New password &amp;again</source>
        <translation>&amp;Ulangi kata sandi baru</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="246"/>
        <source>Type your current password.</source>
        <translation>Ketik kata sandi Anda saat ini.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/conflict_panel.py" line="66"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/conflict_panel.py" line="67"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/conflict_panel.py" line="69"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/conflict_panel.py" line="80"/>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/conflict_panel.py" line="81"/>
        <source>On this laptop</source>
        <translation>Di laptop ini</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/conflict_panel.py" line="82"/>
        <source>At HQ</source>
        <translation>Di server pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/conflict_panel.py" line="93"/>
        <source>Keep mine</source>
        <translation>Pakai versi saya</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/conflict_panel.py" line="94"/>
        <source>Send this laptop&apos;s version to HQ again, on top of HQ&apos;s</source>
        <translation>Kirim lagi versi laptop ini ke server pusat, menggantikan versi pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/conflict_panel.py" line="95"/>
        <source>Take HQ&apos;s</source>
        <translation>Pakai versi pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/conflict_panel.py" line="96"/>
        <source>Replace this laptop&apos;s version with HQ&apos;s</source>
        <translation>Ganti versi laptop ini dengan versi pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/conflict_panel.py" line="141"/>
        <source>Choose a record on the left to compare.</source>
        <translation>Pilih data di sebelah kiri untuk dibandingkan.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/conflict_panel.py" line="143"/>
        <source>Loading the differences…</source>
        <translation>Memuat perbedaan…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/conflict_panel.py" line="157"/>
        <source>%1: %2 fields differ. Choose which version to keep.</source>
        <translation>%1: %2 isian berbeda. Pilih versi yang akan dipakai.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/conflict_panel.py" line="183"/>
        <source>Kept your version: it will be sent at the next sync.</source>
        <translation>Versi Anda dipakai: akan dikirim pada sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/conflict_panel.py" line="185"/>
        <source>Took HQ&apos;s version.</source>
        <translation>Versi pusat dipakai.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/conflict_panel.py" line="192"/>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
</context>
<context>
    <name>ContributionView</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="34"/>
        <source>Contribution</source>
        <translation>Iuran</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="57"/>
        <source>Fill in the programme and income to see the contribution.</source>
        <translation>Isi program dan penghasilan untuk melihat iuran.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="66"/>
        <source>Choose the programmes and type the income to see the contribution.</source>
        <translation>Pilih program dan ketik penghasilan untuk melihat iuran.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="70"/>
        <source>Income bracket base</source>
        <translation>Dasar golongan penghasilan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="74"/>
        <source>Choose the programmes and type the siltap to see the contribution.</source>
        <translation>Pilih program dan ketik siltap untuk melihat iuran.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="84"/>
        <source>Siltap</source>
        <translation>Siltap</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="86"/>
        <source>No contribution yet: see the messages above.</source>
        <translation>Iuran belum dapat dihitung: lihat pesan di atas.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="92"/>
        <source>Worker</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="93"/>
        <source>Village government</source>
        <translation>Pemerintah desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="94"/>
        <source>Official</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="116"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="116"/>
        <source>Paid by</source>
        <translation>Dibayar oleh</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="116"/>
        <source>Per month</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="118"/>
        <source>For %1 months</source>
        <translation>Untuk %1 bulan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="128"/>
        <source>%1 %2 · rates %3</source>
        <translation>%1 %2 · tarif %3</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="135"/>
        <source>In words: %1</source>
        <translation>Terbilang: %1</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="146"/>
        <source>Contribution: %1 a month</source>
        <translation>Iuran: %1 per bulan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="148"/>
        <source>Contribution: %1 for %2 months (%3 a month)</source>
        <translation>Iuran: %1 untuk %2 bulan (%3 per bulan)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="156"/>
        <source>Total a month: %1</source>
        <translation>Total per bulan: %1</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="158"/>
        <source>Total for %2 months: %1</source>
        <translation>Total untuk %2 bulan: %1</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/contribution_view.py" line="164"/>
        <source>%1 pays %2</source>
        <translation>%1 membayar %2</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/lock_cover.py" line="26"/>
        <source>Locked. Log in in the main window to continue.</source>
        <translation>Terkunci. Masuk di jendela utama untuk melanjutkan.</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="121"/>
        <location filename="../../desa_desktop/ui/dashboard.py" line="227"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="126"/>
        <source>Village officials registered</source>
        <translation>Perangkat desa terdaftar</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="127"/>
        <source>Workers registered of target</source>
        <translation>Pekerja terdaftar dari target</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="128"/>
        <source>Waiting to be sent to HQ</source>
        <translation>Menunggu dikirim ke pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="129"/>
        <source>Accepted by HQ (with KPJ)</source>
        <translation>Diterima pusat (dengan KPJ)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="138"/>
        <source>Registrations per month</source>
        <translation>Pendaftaran per bulan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="139"/>
        <source>Village officials</source>
        <translation>Perangkat desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="139"/>
        <location filename="../../desa_desktop/ui/dashboard.py" line="142"/>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="142"/>
        <source>Workers by occupation</source>
        <translation>Pekerja menurut pekerjaan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="145"/>
        <source>No registrations yet: start with the village head under Village officials.</source>
        <translation>Belum ada pendaftaran. Mulailah dengan kepala desa di menu Perangkat desa.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="186"/>
        <source>Desa Sadar checklist</source>
        <translation>Daftar periksa Desa Sadar</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="211"/>
        <source>Registrations by status</source>
        <translation>Pendaftaran menurut status</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="257"/>
        <source>All villages this laptop serves: %1</source>
        <translation>Semua desa yang dilayani laptop ini: %1</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="284"/>
        <source>Number of officials not set</source>
        <translation>Jumlah perangkat belum diisi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="286"/>
        <source>%1 still to register</source>
        <translation>%1 belum terdaftar</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="289"/>
        <source>All registered</source>
        <translation>Semua terdaftar</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="295"/>
        <source>UCJ coverage %1</source>
        <translation>Cakupan UCJ %1</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="299"/>
        <source>Send them from the Sync screen</source>
        <translation>Kirim dari layar Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="301"/>
        <source>Nothing waiting</source>
        <translation>Tidak ada yang menunggu</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="307"/>
        <source>%1 rejected: fix them under Sync</source>
        <translation>%1 ditolak: lihat Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="309"/>
        <source>of %1 registered</source>
        <translation>dari %1 yang terdaftar</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="320"/>
        <source>%1 of %2 villages meet the Desa Sadar criterion</source>
        <translation>%1 dari %2 desa memenuhi kriteria Desa Sadar</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="326"/>
        <source>Pick a village at the top to see its checklist.</source>
        <translation>Pilih desa di bagian atas untuk melihat daftar periksanya.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="328"/>
        <source>Village head registered</source>
        <translation>Kepala desa terdaftar</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="331"/>
        <source>Every village official registered: %1 of %2</source>
        <translation>Semua perangkat desa terdaftar: %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="336"/>
        <source>Confirmed by HQ: head and every official accepted</source>
        <translation>Dikonfirmasi pusat: kepala desa dan semua perangkat diterima</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="339"/>
        <source>Desa Sadar: confirmed by HQ</source>
        <translation>Desa Sadar: dikonfirmasi pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="342"/>
        <source>Desa Sadar as entered here</source>
        <translation>Desa Sadar menurut data di sini</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="343"/>
        <source>Waiting for HQ to accept every official&apos;s registration.</source>
        <translation>Menunggu pusat menerima pendaftaran semua perangkat.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="345"/>
        <source>Not yet a Desa Sadar village</source>
        <translation>Belum menjadi Desa Sadar</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="347"/>
        <source>Set the number of village officials under Settings.</source>
        <translation>Isi jumlah perangkat desa di menu Pengaturan.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="350"/>
        <source>Register the village head and every official under Village officials.</source>
        <translation>Daftarkan kepala desa dan semua perangkat di menu Perangkat desa.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/dashboard.py" line="376"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_fields.py" line="61"/>
        <source>DD-MM-YYYY</source>
        <translation>HH-BB-TTTT</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../desa_desktop/ui/documents/actions.py" line="37"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/actions.py" line="71"/>
        <source>Saved %1 (%2 page(s)).</source>
        <translation>Tersimpan di %1 (%2 halaman).</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/actions.py" line="77"/>
        <source>PDF saved</source>
        <translation>PDF tersimpan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/actions.py" line="93"/>
        <source>Could not save %1: %2</source>
        <translation>Tidak dapat menyimpan %1: %2</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/actions.py" line="99"/>
        <source>PDF not saved</source>
        <translation>PDF tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/actions.py" line="111"/>
        <source>Save registration receipt</source>
        <translation>Simpan tanda terima pendaftaran</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/actions.py" line="125"/>
        <source>Save attendance sheet</source>
        <translation>Simpan daftar hadir</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/actions.py" line="138"/>
        <source>Save village coverage report</source>
        <translation>Simpan laporan cakupan desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/actions.py" line="172"/>
        <source>Print (PDF)</source>
        <translation>Cetak (PDF)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/actions.py" line="177"/>
        <source>Registration receipt…</source>
        <translation>Tanda terima pendaftaran…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/actions.py" line="182"/>
        <source>Attendance sheet…</source>
        <translation>Daftar hadir…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/actions.py" line="187"/>
        <source>Village coverage report…</source>
        <translation>Laporan cakupan desa…</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="22"/>
        <source>%1 attendee(s) recorded</source>
        <translation>%1 peserta hadir tercatat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="23"/>
        <source>%1 month(s)</source>
        <translation>%1 bulan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="24"/>
        <source>Accepted by HQ</source>
        <translation>Diterima kantor pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="25"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="26"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="27"/>
        <source>Attendance sheet</source>
        <translation>Daftar Hadir</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="28"/>
        <source>BPJS Ketenagakerjaan · Desa Sadar Jaminan Sosial Ketenagakerjaan</source>
        <translation>BPJS Ketenagakerjaan · Desa Sadar Jaminan Sosial Ketenagakerjaan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="31"/>
        <source>Confirmed by HQ: head and every official accepted</source>
        <translation>Dikonfirmasi kantor pusat: kepala desa dan semua perangkat diterima</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="34"/>
        <source>Contribution</source>
        <translation>Iuran</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="35"/>
        <source>Contribution base %1 · rate table %2</source>
        <translation>Dasar iuran %1 · tabel tarif %2</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="38"/>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="39"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="40"/>
        <source>Decree (SK)</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="41"/>
        <source>Desa Sadar Jaminan Sosial Ketenagakerjaan</source>
        <translation>Desa Sadar Jaminan Sosial Ketenagakerjaan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="44"/>
        <source>Desa Sadar as entered here; waiting for HQ.</source>
        <translation>Desa Sadar menurut data di sini; menunggu kantor pusat.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="47"/>
        <source>Desa Sadar checklist</source>
        <translation>Daftar periksa Desa Sadar</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="48"/>
        <source>Desa Sadar criterion</source>
        <translation>Kriteria Desa Sadar</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="49"/>
        <source>Desa Sadar: confirmed by HQ.</source>
        <translation>Desa Sadar: dikonfirmasi kantor pusat.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="52"/>
        <source>Draft: the registration is not complete yet.</source>
        <translation>Draf: pendaftaran belum lengkap.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="55"/>
        <source>Every village official registered: %1 of %2</source>
        <translation>Semua perangkat desa terdaftar: %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="58"/>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="59"/>
        <source>Fixed salary (siltap)</source>
        <translation>Penghasilan tetap (siltap)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="60"/>
        <source>Funding source</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="61"/>
        <source>Generated</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="62"/>
        <source>In words</source>
        <translation>Terbilang</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="63"/>
        <source>Informal worker (BPU)</source>
        <translation>Pekerja Bukan Penerima Upah (BPU)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="64"/>
        <source>KPJ number</source>
        <translation>Nomor KPJ</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="65"/>
        <source>Membership</source>
        <translation>Kepesertaan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="66"/>
        <source>Met</source>
        <translation>Terpenuhi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="67"/>
        <source>Mobile number</source>
        <translation>Nomor HP</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="68"/>
        <source>Monthly income</source>
        <translation>Penghasilan per bulan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="69"/>
        <source>Months</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="70"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="71"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="72"/>
        <source>Next of kin</source>
        <translation>Ahli waris</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="73"/>
        <source>No contribution can be computed yet.</source>
        <translation>Iuran belum dapat dihitung.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="76"/>
        <source>No workers&apos; target is set for this village.</source>
        <translation>Target pekerja desa ini belum diisi.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="79"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="80"/>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="81"/>
        <source>Not yet a Desa Sadar village.</source>
        <translation>Belum menjadi Desa Sadar.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="82"/>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="83"/>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="84"/>
        <source>Official</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="85"/>
        <source>Paid by</source>
        <translation>Dibayar oleh</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="86"/>
        <source>Paid by each</source>
        <translation>Bagian tiap pembayar</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="87"/>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="88"/>
        <source>Payment period</source>
        <translation>Periode pembayaran</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="89"/>
        <source>Pending acceptance by HQ.</source>
        <translation>Menunggu penerimaan kantor pusat.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="92"/>
        <source>Per month</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="93"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="94"/>
        <source>Place, date of birth</source>
        <translation>Tempat, tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="95"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="96"/>
        <source>Position / occupation</source>
        <translation>Jabatan / pekerjaan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="97"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="98"/>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="99"/>
        <source>Receipt no.</source>
        <translation>No. tanda terima</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="100"/>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="101"/>
        <source>Registered means complete and not refused or ended: ready, sent or accepted.</source>
        <translation>Terdaftar berarti lengkap dan tidak ditolak atau berakhir: siap kirim, terkirim, atau diterima.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="104"/>
        <source>Registered on</source>
        <translation>Didaftarkan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="105"/>
        <source>Registering officer</source>
        <translation>Petugas pendaftaran</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="106"/>
        <source>Registration ID</source>
        <translation>ID pendaftaran</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="107"/>
        <source>Registration accepted by BPJS Ketenagakerjaan.</source>
        <translation>Pendaftaran telah diterima BPJS Ketenagakerjaan.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="110"/>
        <source>Registration receipt</source>
        <translation>Tanda Terima Pendaftaran</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="111"/>
        <source>Registration refused by HQ.</source>
        <translation>Pendaftaran ditolak kantor pusat.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="114"/>
        <source>Registrations</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="115"/>
        <source>Registrations by status</source>
        <translation>Pendaftaran menurut status</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="116"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="117"/>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="118"/>
        <source>Socialization of BPJS Ketenagakerjaan social security</source>
        <translation>Sosialisasi jaminan sosial BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="121"/>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="122"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="123"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="124"/>
        <source>The KPJ number is given once BPJS Ketenagakerjaan accepts the registration.</source>
        <translation>Nomor KPJ diberikan setelah BPJS Ketenagakerjaan menerima pendaftaran ini.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="127"/>
        <source>This membership has ended.</source>
        <translation>Kepesertaan ini telah berakhir.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="128"/>
        <source>Topic</source>
        <translation>Materi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="129"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="130"/>
        <source>Universal Coverage Jamsostek (UCJ): %1 of the workers&apos; target registered.</source>
        <translation>Universal Coverage Jamsostek (UCJ): %1 dari target pekerja telah terdaftar.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="133"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="134"/>
        <source>Village code</source>
        <translation>Kode desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="135"/>
        <source>Village coverage report</source>
        <translation>Laporan Cakupan Desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="136"/>
        <source>Village government</source>
        <translation>Pemerintah desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="137"/>
        <source>Village head registered</source>
        <translation>Kepala desa terdaftar</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="138"/>
        <source>Village official (PU)</source>
        <translation>Perangkat desa (Penerima Upah)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="139"/>
        <source>Village officials</source>
        <translation>Perangkat desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="140"/>
        <source>Who</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="141"/>
        <source>Workers (UCJ)</source>
        <translation>Pekerja (UCJ)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="142"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/documents/texts.py" line="143"/>
        <source>registered</source>
        <translation>terdaftar</translation>
    </message>
</context>
<context>
    <name>EnrollBox</name>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="66"/>
        <source>Connection to HQ</source>
        <translation>Koneksi ke server pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="73"/>
        <source>The one-time code HQ gave you</source>
        <translation>Kode sekali pakai dari pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="74"/>
        <source>Check address</source>
        <translation>Periksa alamat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="75"/>
        <source>Enroll this laptop</source>
        <translation>Daftarkan laptop ini</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="84"/>
        <source>HQ &amp;address</source>
        <translation>&amp;Alamat server pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="85"/>
        <source>One-time &amp;code</source>
        <translation>&amp;Kode pendaftaran perangkat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="98"/>
        <source>Enrolled as %1 at %2.</source>
        <translation>Terdaftar sebagai %1 di %2.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="101"/>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="168"/>
        <source>Villages: %1</source>
        <translation>Desa: %1</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="111"/>
        <source>Not enrolled yet. Type HQ&apos;s address and the one-time code HQ gave you, then Enroll.</source>
        <translation>Laptop ini belum terdaftar. Ketik alamat server pusat dan kode pendaftaran perangkat dari pusat, lalu tekan Daftarkan laptop ini.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="121"/>
        <source>Type HQ&apos;s address, starting with http:// or https://</source>
        <translation>Ketik alamat server pusat, diawali http:// atau https://</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="133"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="138"/>
        <source>HQ answers at this address.</source>
        <translation>Server pusat menjawab di alamat ini.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="140"/>
        <source>No answer from HQ at this address. Check it, or the connection.</source>
        <translation>Server pusat tidak menjawab di alamat ini. Periksa alamatnya atau koneksi internet.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="152"/>
        <source>Type the one-time code HQ gave you.</source>
        <translation>Ketik kode pendaftaran perangkat yang diberikan pusat.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="157"/>
        <source>Enrolling…</source>
        <translation>Mendaftarkan…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="166"/>
        <source>Enrolled as %1.</source>
        <translation>Terdaftar sebagai %1.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="170"/>
        <source>HQ allows every village.</source>
        <translation>Pusat mengizinkan semua desa.</translation>
    </message>
</context>
<context>
    <name>EnrollPage</name>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="199"/>
        <source>Connection to HQ (optional)</source>
        <translation>Koneksi ke server pusat (tidak wajib)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="202"/>
        <source>With HQ&apos;s address and a one-time code, this laptop can send its data. You can also do it later in Settings.</source>
        <translation>Dengan alamat server pusat dan kode pendaftaran perangkat, laptop ini dapat mengirim datanya. Anda juga dapat melakukannya nanti di Pengaturan.</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../desa_desktop/ui/export_actions.py" line="31"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/export_actions.py" line="32"/>
        <source>CSV, comma separated (*.csv)</source>
        <translation>CSV, dipisah koma (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/export_actions.py" line="64"/>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 baris diekspor ke %2.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/export_actions.py" line="69"/>
        <source>Export finished</source>
        <translation>Ekspor selesai</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/export_actions.py" line="82"/>
        <source>Could not save %1: %2</source>
        <translation>Tidak dapat menyimpan %1: %2</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/export_actions.py" line="88"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/export_actions.py" line="120"/>
        <source>Export workers</source>
        <translation>Ekspor pekerja</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/export_actions.py" line="122"/>
        <source>Export village officials</source>
        <translation>Ekspor perangkat desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/export_actions.py" line="135"/>
        <source>Export sessions</source>
        <translation>Ekspor sosialisasi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/export_actions.py" line="148"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/export_actions.py" line="150"/>
        <source>Save the sessions shown as an Excel or CSV file</source>
        <translation>Simpan sosialisasi yang tampil sebagai file Excel atau CSV</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/field_messages.py" line="82"/>
        <source>Open the existing record (Alt+O)</source>
        <translation>Buka data yang sudah ada (Alt+O)</translation>
    </message>
</context>
<context>
    <name>FirstOperatorDialog</name>
    <message>
        <location filename="../../desa_desktop/ui/first_operator.py" line="137"/>
        <source>Desa Desktop: first operator</source>
        <translation>Desa Desktop: operator pertama</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/first_operator.py" line="138"/>
        <source>Create the first operator (admin)</source>
        <translation>Buat operator pertama (admin)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/first_operator.py" line="141"/>
        <source>Nobody works on this laptop yet. The first operator is the admin: they add the other operators and reset forgotten passwords. Every change is recorded under the name of the operator who logged in.</source>
        <translation>Belum ada operator di laptop ini. Operator pertama adalah admin: admin menambahkan operator lain dan mengatur ulang kata sandi yang terlupa. Setiap perubahan dicatat atas nama operator yang masuk.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/first_operator.py" line="147"/>
        <source>This laptop already holds data from an earlier version. It will now be encrypted; a backup copy is kept in the backups folder first. With much data this can take a minute.</source>
        <translation>Laptop ini sudah berisi data dari versi sebelumnya. Data itu sekarang akan dienkripsi; salinan cadangan disimpan dulu di folder backups. Jika datanya banyak, ini bisa makan waktu sekitar satu menit.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/first_operator.py" line="150"/>
        <source>Operator &amp;name</source>
        <translation>&amp;Nama operator</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/first_operator.py" line="151"/>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/first_operator.py" line="152"/>
        <source>Password &amp;again</source>
        <translation>Ulangi kata &amp;sandi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/first_operator.py" line="154"/>
        <source>At least %1 characters, and not the operator name.</source>
        <translation>Minimal %1 karakter, dan tidak sama dengan nama operator.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/first_operator.py" line="158"/>
        <location filename="../../desa_desktop/ui/first_operator.py" line="202"/>
        <source>Create admin and continue</source>
        <translation>Buat admin dan lanjutkan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/first_operator.py" line="159"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/first_operator.py" line="198"/>
        <source>Encrypting the data…</source>
        <translation>Mengenkripsi data…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/first_operator.py" line="198"/>
        <source>Creating…</source>
        <translation>Membuat…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/first_operator.py" line="216"/>
        <source>The data could not be set up: %1</source>
        <translation>Data tidak dapat disiapkan: %1</translation>
    </message>
</context>
<context>
    <name>FormButtons</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_buttons.py" line="13"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_buttons.py" line="15"/>
        <source>Enter or Ctrl+S</source>
        <translation>Enter atau Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_buttons.py" line="16"/>
        <source>Save and add another</source>
        <translation>Simpan dan tambah lagi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_buttons.py" line="17"/>
        <source>Keeps village, programmes, period and funding</source>
        <translation>Desa, program, periode bayar, dan sumber dana tetap terisi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_buttons.py" line="18"/>
        <source>Save as draft</source>
        <translation>Simpan sebagai draf</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_buttons.py" line="19"/>
        <source>Keep an incomplete registration; it is not sent</source>
        <translation>Simpan pendaftaran yang belum lengkap; belum dikirim</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_buttons.py" line="20"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_buttons.py" line="21"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="56"/>
        <source>Registered</source>
        <translation>Didaftarkan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="57"/>
        <source>Edited</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="58"/>
        <source>Marked inactive</source>
        <translation>Ditandai tidak aktif</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="59"/>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="122"/>
        <source>Reactivated</source>
        <translation>Diaktifkan kembali</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="60"/>
        <source>Linked to a socialization session</source>
        <translation>Dikaitkan dengan sosialisasi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="61"/>
        <source>Updated by HQ</source>
        <translation>Diperbarui oleh pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="62"/>
        <source>Conflict: kept this laptop&apos;s version</source>
        <translation>Konflik: versi laptop ini dipakai</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="63"/>
        <source>Conflict: took HQ&apos;s version</source>
        <translation>Konflik: versi pusat dipakai</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="66"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="67"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="68"/>
        <source>Effective date</source>
        <translation>Tanggal berlaku</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="69"/>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="87"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="70"/>
        <source>KPJ number</source>
        <translation>Nomor KPJ</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="71"/>
        <source>Rejection reason</source>
        <translation>Alasan penolakan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="72"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="76"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="77"/>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="78"/>
        <source>What</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="79"/>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="85"/>
        <source>From</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="86"/>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="88"/>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="89"/>
        <source>Recorded at</source>
        <translation>Dicatat pada</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="100"/>
        <source>No status changes: this person has always been active.</source>
        <translation>Tidak ada perubahan status: orang ini selalu aktif.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="108"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="109"/>
        <source>Status changes</source>
        <translation>Perubahan status</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="164"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_history.py" line="164"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_identity.py" line="93"/>
        <source>Identity (as on the KTP)</source>
        <translation>Identitas (sesuai KTP)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_identity.py" line="95"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_identity.py" line="99"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_identity.py" line="102"/>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_identity.py" line="104"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_identity.py" line="106"/>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_identity.py" line="110"/>
        <source>Marital status</source>
        <translation>Status perkawinan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_identity.py" line="113"/>
        <source>Mother&apos;s maiden name</source>
        <translation>Nama ibu kandung</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="34"/>
        <source>Warning: %1</source>
        <translation>Peringatan: %1</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="37"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="40"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="44"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desa_desktop/ui/import_wizard.py" line="46"/>
        <source>Import from a spreadsheet</source>
        <translation>Impor dari lembar kerja</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/import_wizard.py" line="98"/>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/import_wizard.py" line="100"/>
        <source>Add or update people from an Excel or CSV file</source>
        <translation>Tambah atau perbarui data orang dari file Excel atau CSV</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/import_wizard.py" line="103"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/import_wizard.py" line="105"/>
        <source>Save the people shown (with the current filters) as Excel or CSV</source>
        <translation>Simpan data yang tampil (dengan saringan saat ini) sebagai Excel atau CSV</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../desa_desktop/ui/lock.py" line="150"/>
        <source>Lock now</source>
        <translation>Kunci sekarang</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/lock.py" line="158"/>
        <source>Hide the data until an operator logs in (Ctrl+L)</source>
        <translation>Sembunyikan data sampai operator masuk lagi (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desa_desktop/ui/lock.py" line="109"/>
        <source>Desa Desktop is locked</source>
        <translation>Desa Desktop terkunci</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/lock.py" line="113"/>
        <source>The data is hidden. Log in to continue: any active operator may unlock, and the app then works in their name.</source>
        <translation>Data disembunyikan. Masuk untuk melanjutkan: setiap operator aktif boleh membuka kunci, lalu aplikasi bekerja atas namanya.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desa_desktop/ui/login_dialog.py" line="68"/>
        <source>Desa Desktop: log in</source>
        <translation>Desa Desktop: masuk</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/login_dialog.py" line="69"/>
        <source>Desa Desktop</source>
        <translation>Desa Desktop</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/login_dialog.py" line="70"/>
        <source>Log in to open the data on this laptop.</source>
        <translation>Masuk untuk membuka data di laptop ini.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/login_dialog.py" line="72"/>
        <source>Forgot your password? Ask the admin of this laptop to reset it.</source>
        <translation>Lupa kata sandi? Minta admin laptop ini untuk mengatur ulang kata sandi Anda.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/login_dialog.py" line="92"/>
        <source>Data folder: %1</source>
        <translation>Folder data: %1</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/login_form.py" line="107"/>
        <source>Operator &amp;name</source>
        <translation>&amp;Nama operator</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/login_form.py" line="108"/>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/login_form.py" line="109"/>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/login_form.py" line="135"/>
        <source>Type your operator name.</source>
        <translation>Ketik nama operator Anda.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/login_form.py" line="135"/>
        <source>Type your password.</source>
        <translation>Ketik kata sandi Anda.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/login_form.py" line="171"/>
        <source>The data could not be opened: %1</source>
        <translation>Data tidak dapat dibuka: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desa_desktop/ui/main_window.py" line="33"/>
        <location filename="../../desa_desktop/ui/main_window.py" line="125"/>
        <source>Desa Desktop</source>
        <translation>Desa Desktop</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/main_window.py" line="56"/>
        <source>Desa Sadar Jaminan Sosial Ketenagakerjaan</source>
        <translation>Desa Sadar Jaminan Sosial Ketenagakerjaan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/main_window.py" line="60"/>
        <source>Village:</source>
        <translation>Desa:</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/main_window.py" line="103"/>
        <source>All villages</source>
        <translation>Semua desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/main_window.py" line="122"/>
        <source>Something went wrong: %1</source>
        <translation>Terjadi kesalahan: %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_mapping.py" line="43"/>
        <source>Match the columns</source>
        <translation>Cocokkan kolom</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_mapping.py" line="46"/>
        <source>Each column of the file is matched to a field by its header. Check the matches and fix any that are wrong; a column set to “Not imported” is ignored.</source>
        <translation>Setiap kolom file dicocokkan dengan isian menurut judulnya. Periksa pencocokan dan perbaiki yang salah; kolom yang diatur “Tidak diimpor” diabaikan.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_mapping.py" line="52"/>
        <source>Column in the file</source>
        <translation>Kolom di file</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_mapping.py" line="52"/>
        <source>Saved as</source>
        <translation>Disimpan sebagai</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_mapping.py" line="52"/>
        <source>First values</source>
        <translation>Nilai pertama</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_mapping.py" line="131"/>
        <source>(no header)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_mapping.py" line="135"/>
        <source>Not imported</source>
        <translation>Tidak diimpor</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_mapping.py" line="139"/>
        <source>(required)</source>
        <translation>(wajib)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_mapping.py" line="166"/>
        <source>Required fields not matched yet: %1. Pick the column that holds each.</source>
        <translation>Isian wajib yang belum dicocokkan: %1. Pilih kolom yang memuat masing-masing.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_mapping.py" line="171"/>
        <source>%1 is picked for more than one column (%2): keep one.</source>
        <translation>%1 dipilih untuk lebih dari satu kolom (%2): pilih satu saja.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_mapping.py" line="181"/>
        <source>Every required field is matched.</source>
        <translation>Semua isian wajib sudah dicocokkan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desa_desktop/ui/widgets/import_mapping.py" line="183"/>
        <source>%n column(s) will not be imported.</source>
        <translation>
            <numerusform>%n kolom tidak akan diimpor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MembershipSection</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_membership.py" line="32"/>
        <source>Membership</source>
        <translation>Kepesertaan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_membership.py" line="36"/>
        <source>JKK + JKM (basic)</source>
        <translation>JKK + JKM (dasar)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_membership.py" line="37"/>
        <source>JKK + JKM + JHT (with savings)</source>
        <translation>JKK + JKM + JHT (dengan tabungan)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_membership.py" line="42"/>
        <source>JKK: work accident. JKM: death. JHT: old-age savings (optional).</source>
        <translation>JKK: kecelakaan kerja. JKM: kematian. JHT: tabungan hari tua (tidak wajib).</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_membership.py" line="44"/>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_membership.py" line="46"/>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_membership.py" line="52"/>
        <source>%1 month(s)</source>
        <translation>%1 bulan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_membership.py" line="56"/>
        <source>Paid in advance for</source>
        <translation>Dibayar di muka untuk</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_membership.py" line="60"/>
        <source>Paid by (funding)</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_membership.py" line="63"/>
        <source>Next of kin</source>
        <translation>Ahli waris</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_membership.py" line="66"/>
        <source>e.g. wife, son, mother</source>
        <translation>mis. istri, anak, ibu</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_membership.py" line="67"/>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_membership.py" line="70"/>
        <source>Next of kin&apos;s mobile</source>
        <translation>Nomor HP ahli waris</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_membership.py" line="73"/>
        <source>Agrees to data processing (required)</source>
        <translation>Setuju datanya diolah (wajib)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_membership.py" line="75"/>
        <source>The person agrees that their data is processed for BPJS (UU 27/2022)</source>
        <translation>Yang bersangkutan setuju datanya diolah untuk BPJS (UU 27/2022)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_membership.py" line="77"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_fields.py" line="91"/>
        <source>e.g. 1.500.000</source>
        <translation>mis. 1.500.000</translation>
    </message>
</context>
<context>
    <name>NikField</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_identity.py" line="31"/>
        <source>16 digits</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_identity.py" line="32"/>
        <source>&amp;Fill from NIK</source>
        <translation>&amp;Isi dari NIK</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_identity.py" line="35"/>
        <source>Copy the birth date and sex the NIK encodes (Alt+F)</source>
        <translation>Salin tanggal lahir dan jenis kelamin yang tercantum dalam NIK (Alt+I)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_identity.py" line="76"/>
        <source>region %1 not in today&apos;s list</source>
        <translation>wilayah %1 tidak ada di daftar terkini</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_identity.py" line="79"/>
        <source>%1 · birth date not readable</source>
        <translation>%1 · tanggal lahir tidak terbaca</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_identity.py" line="82"/>
        <source>%1 · born %2 · %3</source>
        <translation>%1 · lahir %2 · %3</translation>
    </message>
</context>
<context>
    <name>OccupationPicker</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/occupation_picker.py" line="28"/>
        <source>Type to search, e.g. petani, nelayan, ojek</source>
        <translation>Ketik untuk mencari, mis. petani, nelayan, ojek</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/occupation_picker.py" line="98"/>
        <source>Dukcapil code %1</source>
        <translation>Kode Dukcapil %1</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/occupation_picker.py" line="102"/>
        <source>Saved as %1 (code %2)</source>
        <translation>Disimpan sebagai %1 (kode %2)</translation>
    </message>
</context>
<context>
    <name>OfficialWorkSection</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_work.py" line="42"/>
        <location filename="../../desa_desktop/ui/widgets/person_work.py" line="46"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_work.py" line="49"/>
        <source>e.g. 141/12/2024</source>
        <translation>mis. 141/12/2024</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_work.py" line="50"/>
        <source>Decree (SK) number</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_work.py" line="52"/>
        <source>Decree (SK) date</source>
        <translation>Tanggal SK</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_work.py" line="54"/>
        <source>Fixed monthly village salary (siltap) in rupiah</source>
        <translation>Penghasilan tetap bulanan dari desa (siltap) dalam rupiah</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_work.py" line="55"/>
        <source>Siltap (Rp a month)</source>
        <translation>Siltap (Rp per bulan)</translation>
    </message>
</context>
<context>
    <name>OfficialsScreen</name>
    <message>
        <location filename="../../desa_desktop/ui/officials.py" line="15"/>
        <source>Officials (Perangkat)</source>
        <translation>Perangkat desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/officials.py" line="18"/>
        <source>Village officials (Perangkat desa)</source>
        <translation>Perangkat desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/officials.py" line="21"/>
        <source>No village officials yet. Press Ctrl+N to register the village head first.</source>
        <translation>Belum ada perangkat desa. Tekan Ctrl+N untuk mendaftarkan kepala desa terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/officials.py" line="24"/>
        <source>New official</source>
        <translation>Perangkat baru</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="72"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="76"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="96"/>
        <source>At least %1 characters, and not the operator name.</source>
        <translation>Minimal %1 karakter, dan tidak sama dengan nama operator.</translation>
    </message>
</context>
<context>
    <name>OperatorsScreen</name>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="47"/>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="98"/>
        <source>Operators</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="53"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="54"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="56"/>
        <source>Password set</source>
        <translation>Kata sandi diatur</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="57"/>
        <source>Added by</source>
        <translation>Ditambahkan oleh</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="64"/>
        <source>Add an operator…</source>
        <translation>Tambah operator…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="67"/>
        <source>Reset password…</source>
        <translation>Atur ulang kata sandi…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="69"/>
        <source>Deactivate…</source>
        <translation>Nonaktifkan…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="71"/>
        <source>Change my password…</source>
        <translation>Ganti kata sandi saya…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="74"/>
        <source>Only the admin adds operators, resets passwords and deactivates accounts.</source>
        <translation>Hanya admin yang menambahkan operator, mengatur ulang kata sandi, dan menonaktifkan akun.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="101"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="101"/>
        <source>Deactivated</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="106"/>
        <source>You are logged in as %1 (%2).</source>
        <translation>Anda masuk sebagai %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="148"/>
        <source>%1 was added and can log in now.</source>
        <translation>%1 sudah ditambahkan dan sekarang dapat masuk.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="157"/>
        <source>%1 has a new password.</source>
        <translation>%1 sudah punya kata sandi baru.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="162"/>
        <source>Your password was changed.</source>
        <translation>Kata sandi Anda sudah diganti.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="171"/>
        <source>Deactivate operator</source>
        <translation>Nonaktifkan operator</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="173"/>
        <source>Deactivate %1? Their password will no longer open the data. Resetting their password makes them active again.</source>
        <translation>Nonaktifkan %1? Kata sandinya tidak lagi dapat membuka data. Mengatur ulang kata sandinya membuat operator itu aktif kembali.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/operators_screen.py" line="187"/>
        <source>%1 was deactivated.</source>
        <translation>%1 sudah dinonaktifkan.</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <location filename="../../desa_desktop/ui/people_screen.py" line="85"/>
        <source>Search name or NIK</source>
        <translation>Cari nama atau NIK</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/people_screen.py" line="89"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/people_screen.py" line="93"/>
        <source>Any sync state</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/people_screen.py" line="136"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/people_screen.py" line="276"/>
        <source>%1 shown</source>
        <translation>%1 ditampilkan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/people_screen.py" line="282"/>
        <source>Nobody matches. Clear the search box or the filters to see everyone.</source>
        <translation>Tidak ada yang cocok. Kosongkan kotak pencarian atau filter untuk melihat semua orang.</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../desa_desktop/ui/people_model.py" line="167"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/people_model.py" line="168"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/people_model.py" line="169"/>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/people_model.py" line="169"/>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/people_model.py" line="170"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/people_model.py" line="171"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/people_model.py" line="172"/>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
</context>
<context>
    <name>PersonDialogs</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_dialogs.py" line="15"/>
        <source>Please check</source>
        <translation>Mohon diperiksa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_dialogs.py" line="17"/>
        <source>Please check these points before saving:</source>
        <translation>Mohon periksa hal-hal berikut sebelum menyimpan:</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_dialogs.py" line="22"/>
        <source>Save anyway</source>
        <translation>Tetap simpan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_dialogs.py" line="26"/>
        <source>Go back and fix</source>
        <translation>Kembali dan perbaiki</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_dialogs.py" line="39"/>
        <source>Changed meanwhile</source>
        <translation>Sudah diubah di tempat lain</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_dialogs.py" line="42"/>
        <source>The form now shows the latest saved version. Make your change again.</source>
        <translation>Formulir sekarang menampilkan versi terakhir yang tersimpan. Silakan ulangi perubahan Anda.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_dialogs.py" line="53"/>
        <source>Discard changes?</source>
        <translation>Buang perubahan?</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_dialogs.py" line="54"/>
        <source>Discard what you typed in this form?</source>
        <translation>Buang isian yang Anda ketik di formulir ini?</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_dialogs.py" line="56"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_dialogs.py" line="60"/>
        <source>Keep editing</source>
        <translation>Lanjut mengisi</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desa_desktop/ui/person_form.py" line="203"/>
        <source>This person is inactive. Reactivate them under Data updates to edit.</source>
        <translation>Orang ini tidak aktif. Aktifkan kembali di menu Pemutakhiran data untuk mengubah datanya.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/person_form.py" line="260"/>
        <source>Type the date as DD-MM-YYYY</source>
        <translation>Ketik tanggal dengan format HH-BB-TTTT</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/person_form.py" line="281"/>
        <source>Fix the fields marked in red, then save again.</source>
        <translation>Perbaiki isian yang bertanda merah, lalu simpan lagi.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/person_form.py" line="320"/>
        <source>Saved %1. Next person, please.</source>
        <translation>%1 tersimpan. Silakan orang berikutnya.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/person_form.py" line="322"/>
        <source>Saved %1.</source>
        <translation>%1 tersimpan.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/person_form.py" line="340"/>
        <source>Not saved. Check the points marked in amber.</source>
        <translation>Belum tersimpan. Periksa hal yang bertanda kuning.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/person_form.py" line="343"/>
        <source>Not saved. Fix the fields marked in red.</source>
        <translation>Belum tersimpan. Perbaiki isian yang bertanda merah.</translation>
    </message>
</context>
<context>
    <name>PersonHeader</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_header.py" line="35"/>
        <source>New worker</source>
        <translation>Pekerja baru</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_header.py" line="37"/>
        <source>New village official</source>
        <translation>Perangkat desa baru</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_header.py" line="38"/>
        <source>Fill in the form; Enter saves.</source>
        <translation>Isi formulir; tekan Enter untuk menyimpan.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_header.py" line="43"/>
        <source>Edit: %1</source>
        <translation>Ubah: %1</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_header.py" line="45"/>
        <source>%1 · %2 · version %3</source>
        <translation>%1 · %2 · versi %3</translation>
    </message>
</context>
<context>
    <name>PersonSearch</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_search.py" line="59"/>
        <source>Type a name or the start of a NIK</source>
        <translation>Ketik nama atau awal NIK</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_search.py" line="63"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_search.py" line="64"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_search.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_search.py" line="133"/>
        <source>Nobody found: check the spelling, or search by NIK.</source>
        <translation>Tidak ditemukan. Periksa ejaannya, atau cari dengan NIK.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_search.py" line="135"/>
        <source>Nobody registered here yet.</source>
        <translation>Belum ada yang terdaftar di sini.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_search.py" line="139"/>
        <source>Showing the first %1: type more of the name or NIK.</source>
        <translation>Menampilkan %1 yang pertama. Ketik nama atau NIK lebih lengkap.</translation>
    </message>
</context>
<context>
    <name>PersonStatusPanel</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="76"/>
        <source>Mark as no longer an active member</source>
        <translation>Tandai tidak lagi menjadi peserta aktif</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="87"/>
        <source>e.g. letter from the family, decree number</source>
        <translation>mis. surat dari keluarga, nomor SK</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="101"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="105"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="116"/>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="125"/>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="209"/>
        <source>Reactivate</source>
        <translation>Aktifkan kembali</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="118"/>
        <source>Only when the mark was a mistake: the person becomes an active member again.</source>
        <translation>Hanya jika penandaan itu keliru: orang ini kembali menjadi peserta aktif.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="124"/>
        <source>Why (optional)</source>
        <translation>Alasan (tidak wajib)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="149"/>
        <source>NIK %1 · %2 · %3</source>
        <translation>NIK %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="157"/>
        <source>Inactive since %1: %2</source>
        <translation>Tidak aktif sejak %1: %2</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="163"/>
        <source>Status: %1 (KPJ %2)</source>
        <translation>Status: %1 (KPJ %2)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="168"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="210"/>
        <source>Make %1 an active member again?</source>
        <translation>Jadikan %1 peserta aktif lagi?</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="225"/>
        <source>Mark as deceased</source>
        <translation>Tandai meninggal dunia</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="226"/>
        <source>Record that %1 died on %2? Their membership ends from that date.</source>
        <translation>Catat bahwa %1 meninggal dunia pada %2? Kepesertaannya berakhir sejak tanggal itu.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="252"/>
        <source>Date of death</source>
        <translation>Tanggal meninggal</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="252"/>
        <source>Effective from</source>
        <translation>Berlaku mulai</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="254"/>
        <source>Mark deceased</source>
        <translation>Tandai meninggal</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/update_person_panel.py" line="254"/>
        <source>Mark exited</source>
        <translation>Tandai keluar</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="59"/>
        <source>Check the first rows</source>
        <translation>Periksa baris-baris pertama</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="61"/>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="63"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="64"/>
        <source>Update</source>
        <translation>Perbarui</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="65"/>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="66"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="70"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="71"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="72"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="73"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="74"/>
        <source>Village code</source>
        <translation>Kode desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="75"/>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="91"/>
        <source>Nothing has been saved yet. Import saves every valid row of the file; rows with problems are left out and listed at the end, where you can save them to a file, fix them and import that file again.</source>
        <translation>Belum ada yang disimpan. Impor menyimpan setiap baris yang benar; baris bermasalah dilewati dan didaftar di akhir, lalu dapat disimpan ke file, diperbaiki, dan diimpor lagi.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="101"/>
        <source>Problems in these rows</source>
        <translation>Masalah di baris-baris ini</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="121"/>
        <source>The first %1 rows of %2, checked as the import will check them.</source>
        <translation>%1 baris pertama dari %2, diperiksa seperti saat impor.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="126"/>
        <source>Reading the file…</source>
        <translation>Membaca file…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="160"/>
        <source>%1 of the first %2 rows have problems and would be rejected.</source>
        <translation>%1 dari %2 baris pertama bermasalah dan akan ditolak.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="164"/>
        <source>The first %1 rows can be imported.</source>
        <translation>%1 baris pertama dapat diimpor.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_preview.py" line="166"/>
        <source>The file has %1 rows in all.</source>
        <translation>File berisi %1 baris seluruhnya.</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/region_picker.py" line="72"/>
        <source>Search a village, district or regency, or type a code</source>
        <translation>Cari desa, kecamatan, atau kabupaten, atau ketik kodenya</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/region_picker.py" line="107"/>
        <source>&amp;Province</source>
        <translation>&amp;Provinsi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/region_picker.py" line="108"/>
        <source>&amp;Regency / city</source>
        <translation>&amp;Kabupaten / kota</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/region_picker.py" line="109"/>
        <source>&amp;District</source>
        <translation>Keca&amp;matan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/region_picker.py" line="110"/>
        <source>&amp;Village</source>
        <translation>&amp;Desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/region_picker.py" line="114"/>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/region_picker.py" line="131"/>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/region_picker.py" line="194"/>
        <source>No region found with that name or code.</source>
        <translation>Tidak ada wilayah dengan nama atau kode itu.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_report.py" line="43"/>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_report.py" line="44"/>
        <source>Imported (new)</source>
        <translation>Diimpor (baru)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_report.py" line="45"/>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_report.py" line="46"/>
        <source>Skipped (unchanged)</source>
        <translation>Dilewati (tidak berubah)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_report.py" line="47"/>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_report.py" line="54"/>
        <source>Save rejected rows…</source>
        <translation>Simpan baris yang ditolak…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_report.py" line="56"/>
        <source>Save the rejected rows with an error column, to fix them and import again</source>
        <translation>Simpan baris yang ditolak dengan kolom kesalahan, untuk diperbaiki lalu diimpor lagi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_report.py" line="76"/>
        <source>%1: %2 rows read.</source>
        <translation>%1: %2 baris dibaca.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_report.py" line="87"/>
        <source>Not saved: fix them and import again</source>
        <translation>Tidak disimpan: perbaiki lalu impor lagi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_report.py" line="92"/>
        <source>Problems (row, column, message)</source>
        <translation>Masalah (baris, kolom, pesan)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_report.py" line="94"/>
        <source>No problems: every row was saved or was already up to date.</source>
        <translation>Tidak ada masalah: setiap baris tersimpan atau sudah mutakhir.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_report.py" line="106"/>
        <source>Save rejected rows</source>
        <translation>Simpan baris yang ditolak</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_report.py" line="120"/>
        <source>%1 rejected rows saved to %2. Fix them there and import that file again.</source>
        <translation>%1 baris yang ditolak disimpan ke %2. Perbaiki di sana lalu impor file itu lagi.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_report.py" line="136"/>
        <source>Could not save %1: %2</source>
        <translation>Tidak dapat menyimpan %1: %2</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="202"/>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="206"/>
        <source>A new password for %1. Their old password stops working; a deactivated operator becomes active again.</source>
        <translation>Kata sandi baru untuk %1. Kata sandi lamanya tidak berlaku lagi; operator yang nonaktif menjadi aktif kembali.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="209"/>
        <source>New &amp;password</source>
        <translation>Kata sandi &amp;baru</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/operator_dialogs.py" line="210"/>
        <source>Password &amp;again</source>
        <translation>Ulangi kata &amp;sandi</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_run.py" line="46"/>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_run.py" line="68"/>
        <source>Saving the valid rows of %1. This can take a minute for a long file.</source>
        <translation>Menyimpan baris yang benar dari %1. File yang panjang bisa memakan waktu semenit.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_run.py" line="75"/>
        <source>Starting…</source>
        <translation>Memulai…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_run.py" line="102"/>
        <source>%1 rows read</source>
        <translation>%1 baris dibaca</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_run.py" line="107"/>
        <source>%1 of %2 rows</source>
        <translation>%1 dari %2 baris</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_run.py" line="140"/>
        <source>The import stopped: %1</source>
        <translation>Impor berhenti: %1</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_form.py" line="49"/>
        <source>New socialization session</source>
        <translation>Sosialisasi baru</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_form.py" line="59"/>
        <source>e.g. Balai Desa</source>
        <translation>mis. Balai Desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_form.py" line="62"/>
        <source>e.g. Protection for fishermen and farmers</source>
        <translation>mis. Perlindungan untuk nelayan dan petani</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_form.py" line="76"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_form.py" line="77"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_form.py" line="78"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_form.py" line="79"/>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_form.py" line="83"/>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_form.py" line="84"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_form.py" line="96"/>
        <source>Add the village this laptop serves before recording a session.</source>
        <translation>Tambahkan desa yang dilayani laptop ini sebelum mencatat sosialisasi.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_form.py" line="154"/>
        <source>Save the session?</source>
        <translation>Simpan sosialisasi ini?</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/session_form.py" line="155"/>
        <source>Save it anyway?</source>
        <translation>Tetap simpan?</translation>
    </message>
</context>
<context>
    <name>SessionsScreen</name>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="62"/>
        <source>Socialization sessions</source>
        <translation>Kegiatan sosialisasi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="64"/>
        <source>Record each session, who came, and the registrations made there.</source>
        <translation>Catat setiap sosialisasi, siapa yang hadir, dan pendaftaran yang dibuat di sana.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="66"/>
        <source>New session</source>
        <translation>Sosialisasi baru</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="68"/>
        <source>Record a new session (Ctrl+N)</source>
        <translation>Catat sosialisasi baru (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="91"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="92"/>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="93"/>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="94"/>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="96"/>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="100"/>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="155"/>
        <source>Conversion</source>
        <translation>Konversi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="109"/>
        <source>No sessions yet. Press New session (Ctrl+N) to record a socialization session, then add who came and link the registrations made there.</source>
        <translation>Belum ada sosialisasi. Tekan Sosialisasi baru (Ctrl+N) untuk mencatatnya, lalu tambahkan siapa yang hadir dan kaitkan pendaftaran yang dibuat di sana.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="123"/>
        <source>Pick a session on the left to see who came.</source>
        <translation>Pilih sosialisasi di sebelah kiri untuk melihat siapa yang hadir.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="153"/>
        <source>People present</source>
        <translation>Orang yang hadir</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="154"/>
        <source>Registrations captured</source>
        <translation>Pendaftaran tercatat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="162"/>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="163"/>
        <source>Registrations</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="173"/>
        <source>Sessions (Sosialisasi)</source>
        <translation>Sosialisasi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="239"/>
        <source>Facilitator: %1</source>
        <translation>Fasilitator: %1</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="241"/>
        <source>Topic: %1</source>
        <translation>Topik: %1</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="243"/>
        <source>Village: %1</source>
        <translation>Desa: %1</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="248"/>
        <source>%1 hold a registration</source>
        <translation>%1 sudah terdaftar</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sessions_screen.py" line="254"/>
        <source>add who came first</source>
        <translation>tambahkan dulu yang hadir</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="188"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="221"/>
        <source>Settings (Pengaturan)</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="224"/>
        <source>This laptop</source>
        <translation>Laptop ini</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="228"/>
        <source>A new language applies the next time the app starts.</source>
        <translation>Bahasa baru berlaku saat aplikasi dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="233"/>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="241"/>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="234"/>
        <source>Off (only Sync now)</source>
        <translation>Mati (hanya Sinkronkan sekarang)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="237"/>
        <source>0 = off. Also syncs by itself when the connection returns.</source>
        <translation>0 = mati. Aplikasi juga menyinkronkan sendiri saat koneksi kembali.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="242"/>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="245"/>
        <source>0 = never. Hides the data after this long without keyboard or mouse.</source>
        <translation>0 = tidak pernah. Data disembunyikan jika keyboard dan mouse tak dipakai selama ini.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="251"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="258"/>
        <source>Save settings</source>
        <translation>Simpan pengaturan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="265"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="267"/>
        <source>&amp;Automatic sync every</source>
        <translation>Sinkronisasi o&amp;tomatis setiap</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="269"/>
        <source>Lock the &amp;screen after</source>
        <translation>Kunci &amp;layar setelah</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="271"/>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="280"/>
        <source>Villages this laptop serves</source>
        <translation>Desa yang dilayani laptop ini</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="284"/>
        <source>Add a village…</source>
        <translation>Tambah desa…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="286"/>
        <source>Change targets…</source>
        <translation>Ubah target…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="320"/>
        <source>%1 (%2): %3 officials, %4 workers targeted</source>
        <translation>%1 (%2): %3 perangkat, target %4 pekerja</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="329"/>
        <source>No village yet. Add the village this laptop serves.</source>
        <translation>Belum ada desa. Tambahkan desa yang dilayani laptop ini.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="342"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/settings_screen.py" line="344"/>
        <source>The new language applies when the app starts again.</source>
        <translation>Bahasa baru berlaku saat aplikasi dibuka lagi.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="242"/>
        <source>Desa Desktop: first-run setup</source>
        <translation>Desa Desktop: persiapan awal</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="246"/>
        <source>&lt; Back</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="247"/>
        <source>Next &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="248"/>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="249"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="290"/>
        <source>Setup</source>
        <translation>Persiapan</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_source.py" line="95"/>
        <source>Choose the spreadsheet</source>
        <translation>Pilih lembar kerja</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_source.py" line="98"/>
        <source>A CSV or Excel (.xlsx) file whose first row holds the column headers. Nothing is saved until the last step.</source>
        <translation>File CSV atau Excel (.xlsx) yang baris pertamanya berisi judul kolom. Belum ada yang disimpan sampai langkah terakhir.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_source.py" line="103"/>
        <source>File to import (.xlsx or .csv)</source>
        <translation>File yang diimpor (.xlsx atau .csv)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_source.py" line="105"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_source.py" line="111"/>
        <source>Workers (pekerja rentan)</source>
        <translation>Pekerja (pekerja rentan)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_source.py" line="112"/>
        <source>Village officials (perangkat desa)</source>
        <translation>Perangkat desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_source.py" line="120"/>
        <source>Every person in this file agreed to data processing on a signed paper form</source>
        <translation>Setiap orang dalam berkas ini sudah menyetujui pemrosesan datanya pada formulir kertas yang ditandatangani</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_source.py" line="125"/>
        <source>Consent (UU 27/2022) is then recorded as taken by you, now. Without this, each row needs a &quot;persetujuan&quot; column saying ya; rows without consent are rejected.</source>
        <translation>Persetujuan (UU 27/2022) lalu dicatat sebagai diambil oleh Anda, saat ini. Tanpa ini, setiap baris perlu kolom &quot;persetujuan&quot; berisi ya; baris tanpa persetujuan ditolak.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_source.py" line="142"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_source.py" line="150"/>
        <source>The file lists</source>
        <translation>File ini berisi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_source.py" line="154"/>
        <source>Consent to data processing</source>
        <translation>Persetujuan pemrosesan data</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_source.py" line="174"/>
        <source>Choose the spreadsheet to import</source>
        <translation>Pilih lembar kerja yang diimpor</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_source.py" line="176"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.csv);;Semua file (*)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/import_source.py" line="219"/>
        <source>Columns are matched by their header (upper or lower case, spaces or underscores). Required: %1. The next step shows the matches and lets you fix them.</source>
        <translation>Kolom dicocokkan menurut judulnya (huruf besar atau kecil, spasi atau garis bawah). Wajib: %1. Langkah berikutnya menampilkan pencocokan dan memungkinkan Anda memperbaikinya.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desa_desktop/ui/sync_controller.py" line="74"/>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_controller.py" line="78"/>
        <source>Send what is waiting to HQ and fetch HQ&apos;s answers (F5)</source>
        <translation>Kirim data yang menunggu ke server pusat dan ambil jawaban pusat (F5)</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="80"/>
        <source>Sync with HQ</source>
        <translation>Sinkronisasi dengan server pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="91"/>
        <source>HQ corrected these records while they were changed on this laptop.</source>
        <translation>Pusat mengoreksi data ini saat data yang sama diubah di laptop ini.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="92"/>
        <source>No conflicts. When HQ and this laptop both change a record, it appears here.</source>
        <translation>Tidak ada konflik. Jika pusat dan laptop ini sama-sama mengubah satu data, data itu muncul di sini.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="102"/>
        <source>Sync (Sinkronisasi)</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="124"/>
        <source>Connection</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="125"/>
        <source>HQ</source>
        <translation>Server pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="126"/>
        <source>Last successful sync</source>
        <translation>Sinkronisasi terakhir yang berhasil</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="135"/>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="304"/>
        <source>Sync now (F5)</source>
        <translation>Sinkronkan sekarang (F5)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="152"/>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="209"/>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="153"/>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="177"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="154"/>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="178"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="156"/>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="156"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="156"/>
        <source>Edited</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="158"/>
        <source>Waiting since</source>
        <translation>Menunggu sejak</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="159"/>
        <source>Tries</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="165"/>
        <source>Saved on this laptop, not yet at HQ. They are sent in this order.</source>
        <translation>Tersimpan di laptop ini, belum sampai di pusat. Data dikirim sesuai urutan ini.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="166"/>
        <source>Nothing is waiting: everything saved here has reached HQ.</source>
        <translation>Tidak ada yang menunggu dikirim: semua yang disimpan di sini sudah sampai di pusat.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="175"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="176"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="179"/>
        <source>HQ&apos;s reason</source>
        <translation>Alasan dari pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="186"/>
        <source>HQ refused these records. Open one, correct it and save: it is sent again.</source>
        <translation>Pusat menolak data ini. Buka salah satu, perbaiki, lalu simpan: data akan dikirim lagi.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="187"/>
        <source>No refused records. Records HQ refuses appear here with HQ&apos;s reason.</source>
        <translation>Tidak ada data yang ditolak. Data yang ditolak pusat muncul di sini beserta alasannya.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="190"/>
        <source>Send again as it is</source>
        <translation>Kirim lagi tanpa perubahan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="192"/>
        <source>When HQ fixed the cause on its side, e.g. assigned the village to this laptop</source>
        <translation>Jika pusat sudah memperbaiki penyebabnya, mis. sudah menetapkan desa ini untuk laptop ini</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="195"/>
        <source>Open to fix</source>
        <translation>Buka untuk diperbaiki</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="210"/>
        <source>Answered</source>
        <translation>Dijawab</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="211"/>
        <source>Answer when sent</source>
        <translation>Jawaban saat dikirim</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="212"/>
        <source>HQ&apos;s decision</source>
        <translation>Keputusan pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="218"/>
        <source>HQ&apos;s latest answer for each record sent, newest first.</source>
        <translation>Jawaban terakhir pusat untuk setiap data yang dikirim, yang terbaru di atas.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="219"/>
        <source>HQ has not answered anything yet. Sync to send your records.</source>
        <translation>Pusat belum menjawab apa pun. Lakukan sinkronisasi untuk mengirim data Anda.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="227"/>
        <source>Session</source>
        <translation>Sosialisasi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="231"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="232"/>
        <source>Already at HQ</source>
        <translation>Sudah ada di pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="233"/>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="234"/>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="246"/>
        <source>Accepted, KPJ %1</source>
        <translation>Diterima, KPJ %1</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="248"/>
        <source>Rejected: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="252"/>
        <source>Waiting for HQ&apos;s review</source>
        <translation>Menunggu pemeriksaan pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="277"/>
        <source>Online: HQ answers</source>
        <translation>Daring: server pusat menjawab</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="278"/>
        <source>Offline: HQ cannot be reached</source>
        <translation>Luring: server pusat tidak dapat dihubungi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="279"/>
        <source>Not checked yet</source>
        <translation>Belum diperiksa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="280"/>
        <source>Not enrolled</source>
        <translation>Belum terdaftar</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="287"/>
        <source>%1 (this laptop: %2)</source>
        <translation>%1 (laptop ini: %2)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="294"/>
        <source>This laptop is not enrolled with HQ yet. Open Settings, type HQ&apos;s address and the one-time code from HQ.</source>
        <translation>Laptop ini belum terdaftar di server pusat. Buka Pengaturan, lalu ketik alamat server pusat dan kode pendaftaran perangkat dari pusat.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="298"/>
        <source>Never</source>
        <translation>Belum pernah</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="300"/>
        <source>Last error: %1</source>
        <translation>Kesalahan terakhir: %1</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="304"/>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="317"/>
        <source>Last run: %1 sent, %2 answers from HQ, %3 conflicts, %4 refused</source>
        <translation>Terakhir: %1 dikirim, %2 jawaban dari pusat, %3 konflik, %4 ditolak</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="356"/>
        <source>Waiting (%1)</source>
        <translation>Menunggu (%1)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="357"/>
        <source>Conflicts (%1)</source>
        <translation>Konflik (%1)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="358"/>
        <source>To fix (%1)</source>
        <translation>Perlu diperbaiki (%1)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/sync_screen.py" line="359"/>
        <source>HQ answers (%1)</source>
        <translation>Jawaban pusat (%1)</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/sync_status.py" line="50"/>
        <source>Sync now (F5)</source>
        <translation>Sinkronkan sekarang (F5)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/sync_status.py" line="74"/>
        <source>Online</source>
        <translation>Daring</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/sync_status.py" line="75"/>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/sync_status.py" line="76"/>
        <source>Checking connection</source>
        <translation>Memeriksa koneksi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/sync_status.py" line="77"/>
        <source>Not enrolled with HQ</source>
        <translation>Belum terdaftar di pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/sync_status.py" line="83"/>
        <source>Enroll this laptop in Settings to send data to HQ</source>
        <translation>Daftarkan laptop ini di Pengaturan agar dapat mengirim data ke pusat</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/sync_status.py" line="89"/>
        <source>%1 waiting to send</source>
        <translation>%1 menunggu dikirim</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/sync_status.py" line="91"/>
        <source>Nothing waiting</source>
        <translation>Tidak ada yang menunggu</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/sync_status.py" line="96"/>
        <source>Last sync: %1</source>
        <translation>Sinkronisasi terakhir: %1</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/sync_status.py" line="98"/>
        <source>Never synced</source>
        <translation>Belum pernah sinkronisasi</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/sync_status.py" line="115"/>
        <source>%1 of %2 sent</source>
        <translation>%1 dari %2 terkirim</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/village_targets.py" line="29"/>
        <source>Village targets</source>
        <translation>Target desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/village_targets.py" line="42"/>
        <source>Village</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/village_targets.py" line="43"/>
        <source>Number of village &amp;officials</source>
        <translation>Jumlah &amp;perangkat desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/village_targets.py" line="44"/>
        <source>&amp;Worker target</source>
        <translation>Target &amp;pekerja</translation>
    </message>
</context>
<context>
    <name>UpdatesScreen</name>
    <message>
        <location filename="../../desa_desktop/ui/updates.py" line="55"/>
        <source>Member data updates</source>
        <translation>Pemutakhiran data peserta</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/updates.py" line="59"/>
        <source>Keep the list current: record people who died or left the programme (became ASN or PPPK, moved, registered by an employer, a duplicate).</source>
        <translation>Jaga agar daftar tetap terkini: catat peserta yang meninggal dunia atau keluar dari program (menjadi ASN atau PPPK, pindah, didaftarkan oleh pemberi kerja, atau data ganda).</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/updates.py" line="72"/>
        <source>Find the person on the left by name or NIK, then pick them to see their status and history.</source>
        <translation>Cari orangnya di sebelah kiri menurut nama atau NIK, lalu pilih untuk melihat status dan riwayatnya.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/updates.py" line="83"/>
        <source>History of this record</source>
        <translation>Riwayat data ini</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/updates.py" line="102"/>
        <source>Data updates</source>
        <translation>Pemutakhiran data</translation>
    </message>
</context>
<context>
    <name>VillageForm</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/village_form.py" line="34"/>
        <source>The village head and every village official: all must be registered</source>
        <translation>Kepala desa dan semua perangkat desa: semuanya harus terdaftar</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/village_form.py" line="40"/>
        <source>How many informal workers the village aims to enrol</source>
        <translation>Jumlah pekerja informal yang ditargetkan desa untuk didaftarkan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/village_form.py" line="43"/>
        <source>Number of village &amp;officials</source>
        <translation>&amp;Jumlah perangkat desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/village_form.py" line="44"/>
        <source>&amp;Worker target</source>
        <translation>&amp;Target pekerja</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="104"/>
        <source>Villages</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="106"/>
        <source>Pick the village this laptop serves, with its targets, then Add.</source>
        <translation>Pilih desa yang dilayani laptop ini beserta targetnya, lalu tekan Tambahkan.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="109"/>
        <source>&amp;Add this village</source>
        <translation>T&amp;ambahkan desa ini</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="118"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="129"/>
        <source>Villages this laptop will serve:</source>
        <translation>Desa yang akan dilayani laptop ini:</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="144"/>
        <source>This village is already in the list.</source>
        <translation>Desa ini sudah ada di daftar.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="165"/>
        <source>%1 (%2), already served</source>
        <translation>%1 (%2), sudah dilayani</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="173"/>
        <source>%1 (%2): %3 officials, worker target %4</source>
        <translation>%1 (%2): %3 perangkat, target pekerja %4</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="65"/>
        <source>Welcome to Desa Desktop</source>
        <translation>Selamat datang di Desa Desktop</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="66"/>
        <source>A few questions before the first registration.</source>
        <translation>Beberapa pertanyaan sebelum pendaftaran pertama.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="69"/>
        <source>This app records village officials and workers for BPJS Ketenagakerjaan, works without internet, and sends the data to HQ when a connection appears.</source>
        <translation>Aplikasi ini mencatat perangkat desa dan pekerja untuk BPJS Ketenagakerjaan, dapat dipakai tanpa internet, dan mengirim data ke server pusat saat ada koneksi.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="72"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/setup_wizard.py" line="73"/>
        <source>You can change all of this later under Settings.</source>
        <translation>Semua ini dapat diubah nanti di menu Pengaturan.</translation>
    </message>
</context>
<context>
    <name>WorkerWorkSection</name>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_work.py" line="20"/>
        <source>Work</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_work.py" line="22"/>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_work.py" line="24"/>
        <source>Declared monthly income in rupiah (at least Rp1.000.000)</source>
        <translation>Penghasilan bulanan yang dilaporkan, dalam rupiah (paling sedikit Rp1.000.000)</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/widgets/person_work.py" line="25"/>
        <source>Monthly income (Rp)</source>
        <translation>Penghasilan per bulan (Rp)</translation>
    </message>
</context>
<context>
    <name>WorkersScreen</name>
    <message>
        <location filename="../../desa_desktop/ui/workers.py" line="15"/>
        <source>Workers (Pekerja)</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/workers.py" line="18"/>
        <source>No workers yet. Press Ctrl+N to register the first one.</source>
        <translation>Belum ada pekerja. Tekan Ctrl+N untuk mendaftarkan yang pertama.</translation>
    </message>
    <message>
        <location filename="../../desa_desktop/ui/workers.py" line="21"/>
        <source>New worker</source>
        <translation>Pekerja baru</translation>
    </message>
</context>
</TS>
