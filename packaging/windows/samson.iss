; Inno Setup script: a per-user installer (no administrator rights) for the dist\samson bundle.
; Built by packaging\build-windows.ps1, which passes /DAppVersion=<samson_desktop.__version__>.
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z packaging\windows\samson.iss
#endif

[Setup]
AppId={{6C1F3A52-8B0E-4D57-9E1A-5A0D2C7B9F31}
AppName=SAMSON
AppVersion={#AppVersion}
AppPublisher=SAMSON desktop developers
DefaultDirName={autopf}\SAMSON
DefaultGroupName=SAMSON
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=SAMSON-{#AppVersion}-setup
SetupIconFile=..\icons\samson.ico
UninstallDisplayIcon={app}\SamsonDesktop.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Files]
Source: "..\..\dist\samson\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\SAMSON"; Filename: "{app}\SamsonDesktop.exe"
Name: "{autodesktop}\SAMSON"; Filename: "{app}\SamsonDesktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; .samson files open in SAMSON (per user when installed without administrator rights).
Root: HKA; Subkey: "Software\Classes\.samson"; ValueType: string; ValueName: ""; ValueData: "SAMSON.Session"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.samson"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-samson-session"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\SAMSON.Session"; ValueType: string; ValueName: ""; ValueData: "SAMSON session"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\SAMSON.Session\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\SamsonDesktop.exe,0"
Root: HKA; Subkey: "Software\Classes\SAMSON.Session\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\SamsonDesktop.exe"" ""%1"""

[Run]
Filename: "{app}\SamsonDesktop.exe"; Description: "{cm:LaunchProgram,SAMSON}"; Flags: nowait postinstall skipifsilent
