; The Windows installer of mouplanner (Inno Setup 6), made from the bundle that
; packaging/mouplanner.spec builds on a Windows machine:
;
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\mouplanner.spec
;   iscc /DAppVersion=0.19.0 packaging\windows\mouplanner.iss
;
; -> dist\mouplanner-0.19.0-windows-x64-setup.exe. It installs for the person running it, without
; an administrator (into %LOCALAPPDATA%\Programs\mouplanner), or for every user of the laptop when
; run as an administrator. It adds a Start-menu entry, opens .mouplan workspaces and .mousync change
; files in mouplanner on a double click, and registers an uninstaller (Settings > Apps) that removes
; the program and the associations and leaves the person's workspaces and backups where they are.
; tests/test_windows_installer.py checks this file against the app (names, file types, programs).

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z packaging\windows\mouplanner.iss
#endif

[Setup]
AppId={{6C1F0C1E-5B8A-4E0F-9D0B-6D6F75706C61}
AppName=mouplanner
AppVersion={#AppVersion}
AppVerName=mouplanner {#AppVersion}
AppPublisher=mouplanner
AppComments=Plan and follow government MOUs: agreements, workstreams, milestones, activities, in English, Thai and Lao
DefaultDirName={autopf}\mouplanner
DefaultGroupName=mouplanner
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=mouplanner-{#AppVersion}-windows-x64-setup
SetupIconFile=resources\icons\app.ico
UninstallDisplayIcon={app}\mouplanner.exe
UninstallDisplayName=mouplanner {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\mouplanner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\mouplanner"; Filename: "{app}\mouplanner.exe"; Comment: "Plan and follow government MOUs"
Name: "{group}\{cm:UninstallProgram,mouplanner}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\mouplanner"; Filename: "{app}\mouplanner.exe"; Tasks: desktopicon

[Registry]
; a workspace (.mouplan): opens in the window
Root: HKA; Subkey: "Software\Classes\.mouplan"; ValueType: string; ValueName: ""; ValueData: "mouplanner.workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.mouplan\OpenWithProgids"; ValueType: string; ValueName: "mouplanner.workspace"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\mouplanner.workspace"; ValueType: string; ValueName: ""; ValueData: "mouplanner workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\mouplanner.workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\mouplanner.exe,0"
Root: HKA; Subkey: "Software\Classes\mouplanner.workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\mouplanner.exe"" ""%1"""
; a change file from another laptop (.mousync): the app asks where to receive it
Root: HKA; Subkey: "Software\Classes\.mousync"; ValueType: string; ValueName: ""; ValueData: "mouplanner.changes"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.mousync\OpenWithProgids"; ValueType: string; ValueName: "mouplanner.changes"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\mouplanner.changes"; ValueType: string; ValueName: ""; ValueData: "mouplanner changes from another laptop"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\mouplanner.changes\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\mouplanner.exe,0"
Root: HKA; Subkey: "Software\Classes\mouplanner.changes\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\mouplanner.exe"" ""%1"""
; the program by name, for "Open with"
Root: HKA; Subkey: "Software\Classes\Applications\mouplanner.exe\SupportedTypes"; ValueType: string; ValueName: ".mouplan"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\mouplanner.exe\SupportedTypes"; ValueType: string; ValueName: ".mousync"; ValueData: ""

[Run]
Filename: "{app}\mouplanner.exe"; Description: "{cm:LaunchProgram,mouplanner}"; Flags: nowait postinstall skipifsilent
