; Inno Setup 6 script: a per-user installer (no administrator rights), Start-menu
; entry, .pwp file association and an uninstaller. packaging/build.py runs it on
; Windows when ISCC.exe is found, as
;   ISCC /DAppVersion=0.1.0 /DSourceDir=dist\Planwright /DOutputDir=dist packaging\windows\planwright.iss
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\Planwright"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{6B0E6F4C-8C39-4E55-9C7B-5A0D3E2F61B1}
AppName=Planwright
AppVersion={#AppVersion}
AppVerName=Planwright {#AppVersion}
AppPublisher=Planwright
DefaultDirName={autopf}\Planwright
DefaultGroupName=Planwright
DisableProgramGroupPage=yes
; Per-user: installs under %LOCALAPPDATA%\Programs and writes HKCU only.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir={#OutputDir}
OutputBaseFilename=Planwright-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\planwright.ico
UninstallDisplayIcon={app}\Planwright.exe
UninstallDisplayName=Planwright {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Planwright"; Filename: "{app}\Planwright.exe"
Name: "{autodesktop}\Planwright"; Filename: "{app}\Planwright.exe"; Tasks: desktopicon

[Registry]
; .pwp opens in Planwright (HKA = HKCU for a per-user install).
Root: HKA; Subkey: "Software\Classes\.pwp"; ValueType: string; ValueName: ""; ValueData: "Planwright.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.pwp\OpenWithProgids"; ValueType: string; ValueName: "Planwright.Project"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Planwright.Project"; ValueType: string; ValueName: ""; ValueData: "Planwright project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Planwright.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Planwright.exe,0"
Root: HKA; Subkey: "Software\Classes\Planwright.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Planwright.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\Planwright.exe\SupportedTypes"; ValueType: string; ValueName: ".pwp"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\Planwright.exe"; Description: "{cm:LaunchProgram,Planwright}"; Flags: nowait postinstall skipifsilent
