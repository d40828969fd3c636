#!/usr/bin/env node
/**
 * Map of named character references.
 *
 * @type {Record<string, string>}
 */
const characterEntities = {
  AElig: 'Æ',
  AMP: '&',
  Aacute: 'Á',
  Abreve: 'Ă',
  Acirc: 'Â',
  Acy: 'А',
  Afr: '𝔄',
  Agrave: 'À',
  Alpha: 'Α',
  Amacr: 'Ā',
  And: '⩓',
  Aogon: 'Ą',
  Aopf: '𝔸',
  ApplyFunction: '⁡',
  Aring: 'Å',
  Ascr: '𝒜',
  Assign: '≔',
  Atilde: 'Ã',
  Auml: 'Ä',
  Backslash: '∖',
  Barv: '⫧',
  Barwed: '⌆',
  Bcy: 'Б',
  Because: '∵',
  Bernoullis: 'ℬ',
  Beta: 'Β',
  Bfr: '𝔅',
  Bopf: '𝔹',
  Breve: '˘',
  Bscr: 'ℬ',
  Bumpeq: '≎',
  CHcy: 'Ч',
  COPY: '©',
  Cacute: 'Ć',
  Cap: '⋒',
  CapitalDifferentialD: 'ⅅ',
  Cayleys: 'ℭ',
  Ccaron: 'Č',
  Ccedil: 'Ç',
  Ccirc: 'Ĉ',
  Cconint: '∰',
  Cdot: 'Ċ',
  Cedilla: '¸',
  CenterDot: '·',
  Cfr: 'ℭ',
  Chi: 'Χ',
  CircleDot: '⊙',
  CircleMinus: '⊖',
  CirclePlus: '⊕',
  CircleTimes: '⊗',
  ClockwiseContourIntegral: '∲',
  CloseCurlyDoubleQuote: '”',
  CloseCurlyQuote: '’',
  Colon: '∷',
  Colone: '⩴',
  Congruent: '≡',
  Conint: '∯',
  ContourIntegral: '∮',
  Copf: 'ℂ',
  Coproduct: '∐',
  CounterClockwiseContourIntegral: '∳',
  Cross: '⨯',
  Cscr: '𝒞',
  Cup: '⋓',
  CupCap: '≍',
  DD: 'ⅅ',
  DDotrahd: '⤑',
  DJcy: 'Ђ',
  DScy: 'Ѕ',
  DZcy: 'Џ',
  Dagger: '‡',
  Darr: '↡',
  Dashv: '⫤',
  Dcaron: 'Ď',
  Dcy: 'Д',
  Del: '∇',
  Delta: 'Δ',
  Dfr: '𝔇',
  DiacriticalAcute: '´',
  DiacriticalDot: '˙',
  DiacriticalDoubleAcute: '˝',
  DiacriticalGrave: '`',
  DiacriticalTilde: '˜',
  Diamond: '⋄',
  DifferentialD: 'ⅆ',
  Dopf: '𝔻',
  Dot: '¨',
  DotDot: '⃜',
  DotEqual: '≐',
  DoubleContourIntegral: '∯',
  DoubleDot: '¨',
  DoubleDownArrow: '⇓',
  DoubleLeftArrow: '⇐',
  DoubleLeftRightArrow: '⇔',
  DoubleLeftTee: '⫤',
  DoubleLongLeftArrow: '⟸',
  DoubleLongLeftRightArrow: '⟺',
  DoubleLongRightArrow: '⟹',
  DoubleRightArrow: '⇒',
  DoubleRightTee: '⊨',
  DoubleUpArrow: '⇑',
  DoubleUpDownArrow: '⇕',
  DoubleVerticalBar: '∥',
  DownArrow: '↓',
  DownArrowBar: '⤓',
  DownArrowUpArrow: '⇵',
  DownBreve: '̑',
  DownLeftRightVector: '⥐',
  DownLeftTeeVector: '⥞',
  DownLeftVector: '↽',
  DownLeftVectorBar: '⥖',
  DownRightTeeVector: '⥟',
  DownRightVector: '⇁',
  DownRightVectorBar: '⥗',
  DownTee: '⊤',
  DownTeeArrow: '↧',
  Downarrow: '⇓',
  Dscr: '𝒟',
  Dstrok: 'Đ',
  ENG: 'Ŋ',
  ETH: 'Ð',
  Eacute: 'É',
  Ecaron: 'Ě',
  Ecirc: 'Ê',
  Ecy: 'Э',
  Edot: 'Ė',
  Efr: '𝔈',
  Egrave: 'È',
  Element: '∈',
  Emacr: 'Ē',
  EmptySmallSquare: '◻',
  EmptyVerySmallSquare: '▫',
  Eogon: 'Ę',
  Eopf: '𝔼',
  Epsilon: 'Ε',
  Equal: '⩵',
  EqualTilde: '≂',
  Equilibrium: '⇌',
  Escr: 'ℰ',
  Esim: '⩳',
  Eta: 'Η',
  Euml: 'Ë',
  Exists: '∃',
  ExponentialE: 'ⅇ',
  Fcy: 'Ф',
  Ffr: '𝔉',
  FilledSmallSquare: '◼',
  FilledVerySmallSquare: '▪',
  Fopf: '𝔽',
  ForAll: '∀',
  Fouriertrf: 'ℱ',
  Fscr: 'ℱ',
  GJcy: 'Ѓ',
  GT: '>',
  Gamma: 'Γ',
  Gammad: 'Ϝ',
  Gbreve: 'Ğ',
  Gcedil: 'Ģ',
  Gcirc: 'Ĝ',
  Gcy: 'Г',
  Gdot: 'Ġ',
  Gfr: '𝔊',
  Gg: '⋙',
  Gopf: '𝔾',
  GreaterEqual: '≥',
  GreaterEqualLess: '⋛',
  GreaterFullEqual: '≧',
  GreaterGreater: '⪢',
  GreaterLess: '≷',
  GreaterSlantEqual: '⩾',
  GreaterTilde: '≳',
  Gscr: '𝒢',
  Gt: '≫',
  HARDcy: 'Ъ',
  Hacek: 'ˇ',
  Hat: '^',
  Hcirc: 'Ĥ',
  Hfr: 'ℌ',
  HilbertSpace: 'ℋ',
  Hopf: 'ℍ',
  HorizontalLine: '─',
  Hscr: 'ℋ',
  Hstrok: 'Ħ',
  HumpDownHump: '≎',
  HumpEqual: '≏',
  IEcy: 'Е',
  IJlig: 'Ĳ',
  IOcy: 'Ё',
  Iacute: 'Í',
  Icirc: 'Î',
  Icy: 'И',
  Idot: 'İ',
  Ifr: 'ℑ',
  Igrave: 'Ì',
  Im: 'ℑ',
  Imacr: 'Ī',
  ImaginaryI: 'ⅈ',
  Implies: '⇒',
  Int: '∬',
  Integral: '∫',
  Intersection: '⋂',
  InvisibleComma: '⁣',
  InvisibleTimes: '⁢',
  Iogon: 'Į',
  Iopf: '𝕀',
  Iota: 'Ι',
  Iscr: 'ℐ',
  Itilde: 'Ĩ',
  Iukcy: 'І',
  Iuml: 'Ï',
  Jcirc: 'Ĵ',
  Jcy: 'Й',
  Jfr: '𝔍',
  Jopf: '𝕁',
  Jscr: '𝒥',
  Jsercy: 'Ј',
  Jukcy: 'Є',
  KHcy: 'Х',
  KJcy: 'Ќ',
  Kappa: 'Κ',
  Kcedil: 'Ķ',
  Kcy: 'К',
  Kfr: '𝔎',
  Kopf: '𝕂',
  Kscr: '𝒦',
  LJcy: 'Љ',
  LT: '<',
  Lacute: 'Ĺ',
  Lambda: 'Λ',
  Lang: '⟪',
  Laplacetrf: 'ℒ',
  Larr: '↞',
  Lcaron: 'Ľ',
  Lcedil: 'Ļ',
  Lcy: 'Л',
  LeftAngleBracket: '⟨',
  LeftArrow: '←',
  LeftArrowBar: '⇤',
  LeftArrowRightArrow: '⇆',
  LeftCeiling: '⌈',
  LeftDoubleBracket: '⟦',
  LeftDownTeeVector: '⥡',
  LeftDownVector: '⇃',
  LeftDownVectorBar: '⥙',
  LeftFloor: '⌊',
  LeftRightArrow: '↔',
  LeftRightVector: '⥎',
  LeftTee: '⊣',
  LeftTeeArrow: '↤',
  LeftTeeVector: '⥚',
  LeftTriangle: '⊲',
  LeftTriangleBar: '⧏',
  LeftTriangleEqual: '⊴',
  LeftUpDownVector: '⥑',
  LeftUpTeeVector: '⥠',
  LeftUpVector: '↿',
  LeftUpVectorBar: '⥘',
  LeftVector: '↼',
  LeftVectorBar: '⥒',
  Leftarrow: '⇐',
  Leftrightarrow: '⇔',
  LessEqualGreater: '⋚',
  LessFullEqual: '≦',
  LessGreater: '≶',
  LessLess: '⪡',
  LessSlantEqual: '⩽',
  LessTilde: '≲',
  Lfr: '𝔏',
  Ll: '⋘',
  Lleftarrow: '⇚',
  Lmidot: 'Ŀ',
  LongLeftArrow: '⟵',
  LongLeftRightArrow: '⟷',
  LongRightArrow: '⟶',
  Longleftarrow: '⟸',
  Longleftrightarrow: '⟺',
  Longrightarrow: '⟹',
  Lopf: '𝕃',
  LowerLeftArrow: '↙',
  LowerRightArrow: '↘',
  Lscr: 'ℒ',
  Lsh: '↰',
  Lstrok: 'Ł',
  Lt: '≪',
  Map: '⤅',
  Mcy: 'М',
  MediumSpace: ' ',
  Mellintrf: 'ℳ',
  Mfr: '𝔐',
  MinusPlus: '∓',
  Mopf: '𝕄',
  Mscr: 'ℳ',
  Mu: 'Μ',
  NJcy: 'Њ',
  Nacute: 'Ń',
  Ncaron: 'Ň',
  Ncedil: 'Ņ',
  Ncy: 'Н',
  NegativeMediumSpace: '​',
  NegativeThickSpace: '​',
  NegativeThinSpace: '​',
  NegativeVeryThinSpace: '​',
  NestedGreaterGreater: '≫',
  NestedLessLess: '≪',
  NewLine: '\n',
  Nfr: '𝔑',
  NoBreak: '⁠',
  NonBreakingSpace: ' ',
  Nopf: 'ℕ',
  Not: '⫬',
  NotCongruent: '≢',
  NotCupCap: '≭',
  NotDoubleVerticalBar: '∦',
  NotElement: '∉',
  NotEqual: '≠',
  NotEqualTilde: '≂̸',
  NotExists: '∄',
  NotGreater: '≯',
  NotGreaterEqual: '≱',
  NotGreaterFullEqual: '≧̸',
  NotGreaterGreater: '≫̸',
  NotGreaterLess: '≹',
  NotGreaterSlantEqual: '⩾̸',
  NotGreaterTilde: '≵',
  NotHumpDownHump: '≎̸',
  NotHumpEqual: '≏̸',
  NotLeftTriangle: '⋪',
  NotLeftTriangleBar: '⧏̸',
  NotLeftTriangleEqual: '⋬',
  NotLess: '≮',
  NotLessEqual: '≰',
  NotLessGreater: '≸',
  NotLessLess: '≪̸',
  NotLessSlantEqual: '⩽̸',
  NotLessTilde: '≴',
  NotNestedGreaterGreater: '⪢̸',
  NotNestedLessLess: '⪡̸',
  NotPrecedes: '⊀',
  NotPrecedesEqual: '⪯̸',
  NotPrecedesSlantEqual: '⋠',
  NotReverseElement: '∌',
  NotRightTriangle: '⋫',
  NotRightTriangleBar: '⧐̸',
  NotRightTriangleEqual: '⋭',
  NotSquareSubset: '⊏̸',
  NotSquareSubsetEqual: '⋢',
  NotSquareSuperset: '⊐̸',
  NotSquareSupersetEqual: '⋣',
  NotSubset: '⊂⃒',
  NotSubsetEqual: '⊈',
  NotSucceeds: '⊁',
  NotSucceedsEqual: '⪰̸',
  NotSucceedsSlantEqual: '⋡',
  NotSucceedsTilde: '≿̸',
  NotSuperset: '⊃⃒',
  NotSupersetEqual: '⊉',
  NotTilde: '≁',
  NotTildeEqual: '≄',
  NotTildeFullEqual: '≇',
  NotTildeTilde: '≉',
  NotVerticalBar: '∤',
  Nscr: '𝒩',
  Ntilde: 'Ñ',
  Nu: 'Ν',
  OElig: 'Œ',
  Oacute: 'Ó',
  Ocirc: 'Ô',
  Ocy: 'О',
  Odblac: 'Ő',
  Ofr: '𝔒',
  Ograve: 'Ò',
  Omacr: 'Ō',
  Omega: 'Ω',
  Omicron: 'Ο',
  Oopf: '𝕆',
  OpenCurlyDoubleQuote: '“',
  OpenCurlyQuote: '‘',
  Or: '⩔',
  Oscr: '𝒪',
  Oslash: 'Ø',
  Otilde: 'Õ',
  Otimes: '⨷',
  Ouml: 'Ö',
  OverBar: '‾',
  OverBrace: '⏞',
  OverBracket: '⎴',
  OverParenthesis: '⏜',
  PartialD: '∂',
  Pcy: 'П',
  Pfr: '𝔓',
  Phi: 'Φ',
  Pi: 'Π',
  PlusMinus: '±',
  Poincareplane: 'ℌ',
  Popf: 'ℙ',
  Pr: '⪻',
  Precedes: '≺',
  PrecedesEqual: '⪯',
  PrecedesSlantEqual: '≼',
  PrecedesTilde: '≾',
  Prime: '″',
  Product: '∏',
  Proportion: '∷',
  Proportional: '∝',
  Pscr: '𝒫',
  Psi: 'Ψ',
  QUOT: '"',
  Qfr: '𝔔',
  Qopf: 'ℚ',
  Qscr: '𝒬',
  RBarr: '⤐',
  REG: '®',
  Racute: 'Ŕ',
  Rang: '⟫',
  Rarr: '↠',
  Rarrtl: '⤖',
  Rcaron: 'Ř',
  Rcedil: 'Ŗ',
  Rcy: 'Р',
  Re: 'ℜ',
  ReverseElement: '∋',
  ReverseEquilibrium: '⇋',
  ReverseUpEquilibrium: '⥯',
  Rfr: 'ℜ',
  Rho: 'Ρ',
  RightAngleBracket: '⟩',
  RightArrow: '→',
  RightArrowBar: '⇥',
  RightArrowLeftArrow: '⇄',
  RightCeiling: '⌉',
  RightDoubleBracket: '⟧',
  RightDownTeeVector: '⥝',
  RightDownVector: '⇂',
  RightDownVectorBar: '⥕',
  RightFloor: '⌋',
  RightTee: '⊢',
  RightTeeArrow: '↦',
  RightTeeVector: '⥛',
  RightTriangle: '⊳',
  RightTriangleBar: '⧐',
  RightTriangleEqual: '⊵',
  RightUpDownVector: '⥏',
  RightUpTeeVector: '⥜',
  RightUpVector: '↾',
  RightUpVectorBar: '⥔',
  RightVector: '⇀',
  RightVectorBar: '⥓',
  Rightarrow: '⇒',
  Ropf: 'ℝ',
  RoundImplies: '⥰',
  Rrightarrow: '⇛',
  Rscr: 'ℛ',
  Rsh: '↱',
  RuleDelayed: '⧴',
  SHCHcy: 'Щ',
  SHcy: 'Ш',
  SOFTcy: 'Ь',
  Sacute: 'Ś',
  Sc: '⪼',
  Scaron: 'Š',
  Scedil: 'Ş',
  Scirc: 'Ŝ',
  Scy: 'С',
  Sfr: '𝔖',
  ShortDownArrow: '↓',
  ShortLeftArrow: '←',
  ShortRightArrow: '→',
  ShortUpArrow: '↑',
  Sigma: 'Σ',
  SmallCircle: '∘',
  Sopf: '𝕊',
  Sqrt: '√',
  Square: '□',
  SquareIntersection: '⊓',
  SquareSubset: '⊏',
  SquareSubsetEqual: '⊑',
  SquareSuperset: '⊐',
  SquareSupersetEqual: '⊒',
  SquareUnion: '⊔',
  Sscr: '𝒮',
  Star: '⋆',
  Sub: '⋐',
  Subset: '⋐',
  SubsetEqual: '⊆',
  Succeeds: '≻',
  SucceedsEqual: '⪰',
  SucceedsSlantEqual: '≽',
  SucceedsTilde: '≿',
  SuchThat: '∋',
  Sum: '∑',
  Sup: '⋑',
  Superset: '⊃',
  SupersetEqual: '⊇',
  Supset: '⋑',
  THORN: 'Þ',
  TRADE: '™',
  TSHcy: 'Ћ',
  TScy: 'Ц',
  Tab: '\t',
  Tau: 'Τ',
  Tcaron: 'Ť',
  Tcedil: 'Ţ',
  Tcy: 'Т',
  Tfr: '𝔗',
  Therefore: '∴',
  Theta: 'Θ',
  ThickSpace: '  ',
  ThinSpace: ' ',
  Tilde: '∼',
  TildeEqual: '≃',
  TildeFullEqual: '≅',
  TildeTilde: '≈',
  Topf: '𝕋',
  TripleDot: '⃛',
  Tscr: '𝒯',
  Tstrok: 'Ŧ',
  Uacute: 'Ú',
  Uarr: '↟',
  Uarrocir: '⥉',
  Ubrcy: 'Ў',
  Ubreve: 'Ŭ',
  Ucirc: 'Û',
  Ucy: 'У',
  Udblac: 'Ű',
  Ufr: '𝔘',
  Ugrave: 'Ù',
  Umacr: 'Ū',
  UnderBar: '_',
  UnderBrace: '⏟',
  UnderBracket: '⎵',
  UnderParenthesis: '⏝',
  Union: '⋃',
  UnionPlus: '⊎',
  Uogon: 'Ų',
  Uopf: '𝕌',
  UpArrow: '↑',
  UpArrowBar: '⤒',
  UpArrowDownArrow: '⇅',
  UpDownArrow: '↕',
  UpEquilibrium: '⥮',
  UpTee: '⊥',
  UpTeeArrow: '↥',
  Uparrow: '⇑',
  Updownarrow: '⇕',
  UpperLeftArrow: '↖',
  UpperRightArrow: '↗',
  Upsi: 'ϒ',
  Upsilon: 'Υ',
  Uring: 'Ů',
  Uscr: '𝒰',
  Utilde: 'Ũ',
  Uuml: 'Ü',
  VDash: '⊫',
  Vbar: '⫫',
  Vcy: 'В',
  Vdash: '⊩',
  Vdashl: '⫦',
  Vee: '⋁',
  Verbar: '‖',
  Vert: '‖',
  VerticalBar: '∣',
  VerticalLine: '|',
  VerticalSeparator: '❘',
  VerticalTilde: '≀',
  VeryThinSpace: ' ',
  Vfr: '𝔙',
  Vopf: '𝕍',
  Vscr: '𝒱',
  Vvdash: '⊪',
  Wcirc: 'Ŵ',
  Wedge: '⋀',
  Wfr: '𝔚',
  Wopf: '𝕎',
  Wscr: '𝒲',
  Xfr: '𝔛',
  Xi: 'Ξ',
  Xopf: '𝕏',
  Xscr: '𝒳',
  YAcy: 'Я',
  YIcy: 'Ї',
  YUcy: 'Ю',
  Yacute: 'Ý',
  Ycirc: 'Ŷ',
  Ycy: 'Ы',
  Yfr: '𝔜',
  Yopf: '𝕐',
  Yscr: '𝒴',
  Yuml: 'Ÿ',
  ZHcy: 'Ж',
  Zacute: 'Ź',
  Zcaron: 'Ž',
  Zcy: 'З',
  Zdot: 'Ż',
  ZeroWidthSpace: '​',
  Zeta: 'Ζ',
  Zfr: 'ℨ',
  Zopf: 'ℤ',
  Zscr: '𝒵',
  aacute: 'á',
  abreve: 'ă',
  ac: '∾',
  acE: '∾̳',
  acd: '∿',
  acirc: 'â',
  acute: '´',
  acy: 'а',
  aelig: 'æ',
  af: '⁡',
  afr: '𝔞',
  agrave: 'à',
  alefsym: 'ℵ',
  aleph: 'ℵ',
  alpha: 'α',
  amacr: 'ā',
  amalg: '⨿',
  amp: '&',
  and: '∧',
  andand: '⩕',
  andd: '⩜',
  andslope: '⩘',
  andv: '⩚',
  ang: '∠',
  ange: '⦤',
  angle: '∠',
  angmsd: '∡',
  angmsdaa: '⦨',
  angmsdab: '⦩',
  angmsdac: '⦪',
  angmsdad: '⦫',
  angmsdae: '⦬',
  angmsdaf: '⦭',
  angmsdag: '⦮',
  angmsdah: '⦯',
  angrt: '∟',
  angrtvb: '⊾',
  angrtvbd: '⦝',
  angsph: '∢',
  angst: 'Å',
  angzarr: '⍼',
  aogon: 'ą',
  aopf: '𝕒',
  ap: '≈',
  apE: '⩰',
  apacir: '⩯',
  ape: '≊',
  apid: '≋',
  apos: "'",
  approx: '≈',
  approxeq: '≊',
  aring: 'å',
  ascr: '𝒶',
  ast: '*',
  asymp: '≈',
  asympeq: '≍',
  atilde: 'ã',
  auml: 'ä',
  awconint: '∳',
  awint: '⨑',
  bNot: '⫭',
  backcong: '≌',
  backepsilon: '϶',
  backprime: '‵',
  backsim: '∽',
  backsimeq: '⋍',
  barvee: '⊽',
  barwed: '⌅',
  barwedge: '⌅',
  bbrk: '⎵',
  bbrktbrk: '⎶',
  bcong: '≌',
  bcy: 'б',
  bdquo: '„',
  becaus: '∵',
  because: '∵',
  bemptyv: '⦰',
  bepsi: '϶',
  bernou: 'ℬ',
  beta: 'β',
  beth: 'ℶ',
  between: '≬',
  bfr: '𝔟',
  bigcap: '⋂',
  bigcirc: '◯',
  bigcup: '⋃',
  bigodot: '⨀',
  bigoplus: '⨁',
  bigotimes: '⨂',
  bigsqcup: '⨆',
  bigstar: '★',
  bigtriangledown: '▽',
  bigtriangleup: '△',
  biguplus: '⨄',
  bigvee: '⋁',
  bigwedge: '⋀',
  bkarow: '⤍',
  blacklozenge: '⧫',
  blacksquare: '▪',
  blacktriangle: '▴',
  blacktriangledown: '▾',
  blacktriangleleft: '◂',
  blacktriangleright: '▸',
  blank: '␣',
  blk12: '▒',
  blk14: '░',
  blk34: '▓',
  block: '█',
  bne: '=⃥',
  bnequiv: '≡⃥',
  bnot: '⌐',
  bopf: '𝕓',
  bot: '⊥',
  bottom: '⊥',
  bowtie: '⋈',
  boxDL: '╗',
  boxDR: '╔',
  boxDl: '╖',
  boxDr: '╓',
  boxH: '═',
  boxHD: '╦',
  boxHU: '╩',
  boxHd: '╤',
  boxHu: '╧',
  boxUL: '╝',
  boxUR: '╚',
  boxUl: '╜',
  boxUr: '╙',
  boxV: '║',
  boxVH: '╬',
  boxVL: '╣',
  boxVR: '╠',
  boxVh: '╫',
  boxVl: '╢',
  boxVr: '╟',
  boxbox: '⧉',
  boxdL: '╕',
  boxdR: '╒',
  boxdl: '┐',
  boxdr: '┌',
  boxh: '─',
  boxhD: '╥',
  boxhU: '╨',
  boxhd: '┬',
  boxhu: '┴',
  boxminus: '⊟',
  boxplus: '⊞',
  boxtimes: '⊠',
  boxuL: '╛',
  boxuR: '╘',
  boxul: '┘',
  boxur: '└',
  boxv: '│',
  boxvH: '╪',
  boxvL: '╡',
  boxvR: '╞',
  boxvh: '┼',
  boxvl: '┤',
  boxvr: '├',
  bprime: '‵',
  breve: '˘',
  brvbar: '¦',
  bscr: '𝒷',
  bsemi: '⁏',
  bsim: '∽',
  bsime: '⋍',
  bsol: '\\',
  bsolb: '⧅',
  bsolhsub: '⟈',
  bull: '•',
  bullet: '•',
  bump: '≎',
  bumpE: '⪮',
  bumpe: '≏',
  bumpeq: '≏',
  cacute: 'ć',
  cap: '∩',
  capand: '⩄',
  capbrcup: '⩉',
  capcap: '⩋',
  capcup: '⩇',
  capdot: '⩀',
  caps: '∩︀',
  caret: '⁁',
  caron: 'ˇ',
  ccaps: '⩍',
  ccaron: 'č',
  ccedil: 'ç',
  ccirc: 'ĉ',
  ccups: '⩌',
  ccupssm: '⩐',
  cdot: 'ċ',
  cedil: '¸',
  cemptyv: '⦲',
  cent: '¢',
  centerdot: '·',
  cfr: '𝔠',
  chcy: 'ч',
  check: '✓',
  checkmark: '✓',
  chi: 'χ',
  cir: '○',
  cirE: '⧃',
  circ: 'ˆ',
  circeq: '≗',
  circlearrowleft: '↺',
  circlearrowright: '↻',
  circledR: '®',
  circledS: 'Ⓢ',
  circledast: '⊛',
  circledcirc: '⊚',
  circleddash: '⊝',
  cire: '≗',
  cirfnint: '⨐',
  cirmid: '⫯',
  cirscir: '⧂',
  clubs: '♣',
  clubsuit: '♣',
  colon: ':',
  colone: '≔',
  coloneq: '≔',
  comma: ',',
  commat: '@',
  comp: '∁',
  compfn: '∘',
  complement: '∁',
  complexes: 'ℂ',
  cong: '≅',
  congdot: '⩭',
  conint: '∮',
  copf: '𝕔',
  coprod: '∐',
  copy: '©',
  copysr: '℗',
  crarr: '↵',
  cross: '✗',
  cscr: '𝒸',
  csub: '⫏',
  csube: '⫑',
  csup: '⫐',
  csupe: '⫒',
  ctdot: '⋯',
  cudarrl: '⤸',
  cudarrr: '⤵',
  cuepr: '⋞',
  cuesc: '⋟',
  cularr: '↶',
  cularrp: '⤽',
  cup: '∪',
  cupbrcap: '⩈',
  cupcap: '⩆',
  cupcup: '⩊',
  cupdot: '⊍',
  cupor: '⩅',
  cups: '∪︀',
  curarr: '↷',
  curarrm: '⤼',
  curlyeqprec: '⋞',
  curlyeqsucc: '⋟',
  curlyvee: '⋎',
  curlywedge: '⋏',
  curren: '¤',
  curvearrowleft: '↶',
  curvearrowright: '↷',
  cuvee: '⋎',
  cuwed: '⋏',
  cwconint: '∲',
  cwint: '∱',
  cylcty: '⌭',
  dArr: '⇓',
  dHar: '⥥',
  dagger: '†',
  daleth: 'ℸ',
  darr: '↓',
  dash: '‐',
  dashv: '⊣',
  dbkarow: '⤏',
  dblac: '˝',
  dcaron: 'ď',
  dcy: 'д',
  dd: 'ⅆ',
  ddagger: '‡',
  ddarr: '⇊',
  ddotseq: '⩷',
  deg: '°',
  delta: 'δ',
  demptyv: '⦱',
  dfisht: '⥿',
  dfr: '𝔡',
  dharl: '⇃',
  dharr: '⇂',
  diam: '⋄',
  diamond: '⋄',
  diamondsuit: '♦',
  diams: '♦',
  die: '¨',
  digamma: 'ϝ',
  disin: '⋲',
  div: '÷',
  divide: '÷',
  divideontimes: '⋇',
  divonx: '⋇',
  djcy: 'ђ',
  dlcorn: '⌞',
  dlcrop: '⌍',
  dollar: '$',
  dopf: '𝕕',
  dot: '˙',
  doteq: '≐',
  doteqdot: '≑',
  dotminus: '∸',
  dotplus: '∔',
  dotsquare: '⊡',
  doublebarwedge: '⌆',
  downarrow: '↓',
  downdownarrows: '⇊',
  downharpoonleft: '⇃',
  downharpoonright: '⇂',
  drbkarow: '⤐',
  drcorn: '⌟',
  drcrop: '⌌',
  dscr: '𝒹',
  dscy: 'ѕ',
  dsol: '⧶',
  dstrok: 'đ',
  dtdot: '⋱',
  dtri: '▿',
  dtrif: '▾',
  duarr: '⇵',
  duhar: '⥯',
  dwangle: '⦦',
  dzcy: 'џ',
  dzigrarr: '⟿',
  eDDot: '⩷',
  eDot: '≑',
  eacute: 'é',
  easter: '⩮',
  ecaron: 'ě',
  ecir: '≖',
  ecirc: 'ê',
  ecolon: '≕',
  ecy: 'э',
  edot: 'ė',
  ee: 'ⅇ',
  efDot: '≒',
  efr: '𝔢',
  eg: '⪚',
  egrave: 'è',
  egs: '⪖',
  egsdot: '⪘',
  el: '⪙',
  elinters: '⏧',
  ell: 'ℓ',
  els: '⪕',
  elsdot: '⪗',
  emacr: 'ē',
  empty: '∅',
  emptyset: '∅',
  emptyv: '∅',
  emsp13: ' ',
  emsp14: ' ',
  emsp: ' ',
  eng: 'ŋ',
  ensp: ' ',
  eogon: 'ę',
  eopf: '𝕖',
  epar: '⋕',
  eparsl: '⧣',
  eplus: '⩱',
  epsi: 'ε',
  epsilon: 'ε',
  epsiv: 'ϵ',
  eqcirc: '≖',
  eqcolon: '≕',
  eqsim: '≂',
  eqslantgtr: '⪖',
  eqslantless: '⪕',
  equals: '=',
  equest: '≟',
  equiv: '≡',
  equivDD: '⩸',
  eqvparsl: '⧥',
  erDot: '≓',
  erarr: '⥱',
  escr: 'ℯ',
  esdot: '≐',
  esim: '≂',
  eta: 'η',
  eth: 'ð',
  euml: 'ë',
  euro: '€',
  excl: '!',
  exist: '∃',
  expectation: 'ℰ',
  exponentiale: 'ⅇ',
  fallingdotseq: '≒',
  fcy: 'ф',
  female: '♀',
  ffilig: 'ﬃ',
  fflig: 'ﬀ',
  ffllig: 'ﬄ',
  ffr: '𝔣',
  filig: 'ﬁ',
  fjlig: 'fj',
  flat: '♭',
  fllig: 'ﬂ',
  fltns: '▱',
  fnof: 'ƒ',
  fopf: '𝕗',
  forall: '∀',
  fork: '⋔',
  forkv: '⫙',
  fpartint: '⨍',
  frac12: '½',
  frac13: '⅓',
  frac14: '¼',
  frac15: '⅕',
  frac16: '⅙',
  frac18: '⅛',
  frac23: '⅔',
  frac25: '⅖',
  frac34: '¾',
  frac35: '⅗',
  frac38: '⅜',
  frac45: '⅘',
  frac56: '⅚',
  frac58: '⅝',
  frac78: '⅞',
  frasl: '⁄',
  frown: '⌢',
  fscr: '𝒻',
  gE: '≧',
  gEl: '⪌',
  gacute: 'ǵ',
  gamma: 'γ',
  gammad: 'ϝ',
  gap: '⪆',
  gbreve: 'ğ',
  gcirc: 'ĝ',
  gcy: 'г',
  gdot: 'ġ',
  ge: '≥',
  gel: '⋛',
  geq: '≥',
  geqq: '≧',
  geqslant: '⩾',
  ges: '⩾',
  gescc: '⪩',
  gesdot: '⪀',
  gesdoto: '⪂',
  gesdotol: '⪄',
  gesl: '⋛︀',
  gesles: '⪔',
  gfr: '𝔤',
  gg: '≫',
  ggg: '⋙',
  gimel: 'ℷ',
  gjcy: 'ѓ',
  gl: '≷',
  glE: '⪒',
  gla: '⪥',
  glj: '⪤',
  gnE: '≩',
  gnap: '⪊',
  gnapprox: '⪊',
  gne: '⪈',
  gneq: '⪈',
  gneqq: '≩',
  gnsim: '⋧',
  gopf: '𝕘',
  grave: '`',
  gscr: 'ℊ',
  gsim: '≳',
  gsime: '⪎',
  gsiml: '⪐',
  gt: '>',
  gtcc: '⪧',
  gtcir: '⩺',
  gtdot: '⋗',
  gtlPar: '⦕',
  gtquest: '⩼',
  gtrapprox: '⪆',
  gtrarr: '⥸',
  gtrdot: '⋗',
  gtreqless: '⋛',
  gtreqqless: '⪌',
  gtrless: '≷',
  gtrsim: '≳',
  gvertneqq: '≩︀',
  gvnE: '≩︀',
  hArr: '⇔',
  hairsp: ' ',
  half: '½',
  hamilt: 'ℋ',
  hardcy: 'ъ',
  harr: '↔',
  harrcir: '⥈',
  harrw: '↭',
  hbar: 'ℏ',
  hcirc: 'ĥ',
  hearts: '♥',
  heartsuit: '♥',
  hellip: '…',
  hercon: '⊹',
  hfr: '𝔥',
  hksearow: '⤥',
  hkswarow: '⤦',
  hoarr: '⇿',
  homtht: '∻',
  hookleftarrow: '↩',
  hookrightarrow: '↪',
  hopf: '𝕙',
  horbar: '―',
  hscr: '𝒽',
  hslash: 'ℏ',
  hstrok: 'ħ',
  hybull: '⁃',
  hyphen: '‐',
  iacute: 'í',
  ic: '⁣',
  icirc: 'î',
  icy: 'и',
  iecy: 'е',
  iexcl: '¡',
  iff: '⇔',
  ifr: '𝔦',
  igrave: 'ì',
  ii: 'ⅈ',
  iiiint: '⨌',
  iiint: '∭',
  iinfin: '⧜',
  iiota: '℩',
  ijlig: 'ĳ',
  imacr: 'ī',
  image: 'ℑ',
  imagline: 'ℐ',
  imagpart: 'ℑ',
  imath: 'ı',
  imof: '⊷',
  imped: 'Ƶ',
  in: '∈',
  incare: '℅',
  infin: '∞',
  infintie: '⧝',
  inodot: 'ı',
  int: '∫',
  intcal: '⊺',
  integers: 'ℤ',
  intercal: '⊺',
  intlarhk: '⨗',
  intprod: '⨼',
  iocy: 'ё',
  iogon: 'į',
  iopf: '𝕚',
  iota: 'ι',
  iprod: '⨼',
  iquest: '¿',
  iscr: '𝒾',
  isin: '∈',
  isinE: '⋹',
  isindot: '⋵',
  isins: '⋴',
  isinsv: '⋳',
  isinv: '∈',
  it: '⁢',
  itilde: 'ĩ',
  iukcy: 'і',
  iuml: 'ï',
  jcirc: 'ĵ',
  jcy: 'й',
  jfr: '𝔧',
  jmath: 'ȷ',
  jopf: '𝕛',
  jscr: '𝒿',
  jsercy: 'ј',
  jukcy: 'є',
  kappa: 'κ',
  kappav: 'ϰ',
  kcedil: 'ķ',
  kcy: 'к',
  kfr: '𝔨',
  kgreen: 'ĸ',
  khcy: 'х',
  kjcy: 'ќ',
  kopf: '𝕜',
  kscr: '𝓀',
  lAarr: '⇚',
  lArr: '⇐',
  lAtail: '⤛',
  lBarr: '⤎',
  lE: '≦',
  lEg: '⪋',
  lHar: '⥢',
  lacute: 'ĺ',
  laemptyv: '⦴',
  lagran: 'ℒ',
  lambda: 'λ',
  lang: '⟨',
  langd: '⦑',
  langle: '⟨',
  lap: '⪅',
  laquo: '«',
  larr: '←',
  larrb: '⇤',
  larrbfs: '⤟',
  larrfs: '⤝',
  larrhk: '↩',
  larrlp: '↫',
  larrpl: '⤹',
  larrsim: '⥳',
  larrtl: '↢',
  lat: '⪫',
  latail: '⤙',
  late: '⪭',
  lates: '⪭︀',
  lbarr: '⤌',
  lbbrk: '❲',
  lbrace: '{',
  lbrack: '[',
  lbrke: '⦋',
  lbrksld: '⦏',
  lbrkslu: '⦍',
  lcaron: 'ľ',
  lcedil: 'ļ',
  lceil: '⌈',
  lcub: '{',
  lcy: 'л',
  ldca: '⤶',
  ldquo: '“',
  ldquor: '„',
  ldrdhar: '⥧',
  ldrushar: '⥋',
  ldsh: '↲',
  le: '≤',
  leftarrow: '←',
  leftarrowtail: '↢',
  leftharpoondown: '↽',
  leftharpoonup: '↼',
  leftleftarrows: '⇇',
  leftrightarrow: '↔',
  leftrightarrows: '⇆',
  leftrightharpoons: '⇋',
  leftrightsquigarrow: '↭',
  leftthreetimes: '⋋',
  leg: '⋚',
  leq: '≤',
  leqq: '≦',
  leqslant: '⩽',
  les: '⩽',
  lescc: '⪨',
  lesdot: '⩿',
  lesdoto: '⪁',
  lesdotor: '⪃',
  lesg: '⋚︀',
  lesges: '⪓',
  lessapprox: '⪅',
  lessdot: '⋖',
  lesseqgtr: '⋚',
  lesseqqgtr: '⪋',
  lessgtr: '≶',
  lesssim: '≲',
  lfisht: '⥼',
  lfloor: '⌊',
  lfr: '𝔩',
  lg: '≶',
  lgE: '⪑',
  lhard: '↽',
  lharu: '↼',
  lharul: '⥪',
  lhblk: '▄',
  ljcy: 'љ',
  ll: '≪',
  llarr: '⇇',
  llcorner: '⌞',
  llhard: '⥫',
  lltri: '◺',
  lmidot: 'ŀ',
  lmoust: '⎰',
  lmoustache: '⎰',
  lnE: '≨',
  lnap: '⪉',
  lnapprox: '⪉',
  lne: '⪇',
  lneq: '⪇',
  lneqq: '≨',
  lnsim: '⋦',
  loang: '⟬',
  loarr: '⇽',
  lobrk: '⟦',
  longleftarrow: '⟵',
  longleftrightarrow: '⟷',
  longmapsto: '⟼',
  longrightarrow: '⟶',
  looparrowleft: '↫',
  looparrowright: '↬',
  lopar: '⦅',
  lopf: '𝕝',
  loplus: '⨭',
  lotimes: '⨴',
  lowast: '∗',
  lowbar: '_',
  loz: '◊',
  lozenge: '◊',
  lozf: '⧫',
  lpar: '(',
  lparlt: '⦓',
  lrarr: '⇆',
  lrcorner: '⌟',
  lrhar: '⇋',
  lrhard: '⥭',
  lrm: '‎',
  lrtri: '⊿',
  lsaquo: '‹',
  lscr: '𝓁',
  lsh: '↰',
  lsim: '≲',
  lsime: '⪍',
  lsimg: '⪏',
  lsqb: '[',
  lsquo: '‘',
  lsquor: '‚',
  lstrok: 'ł',
  lt: '<',
  ltcc: '⪦',
  ltcir: '⩹',
  ltdot: '⋖',
  lthree: '⋋',
  ltimes: '⋉',
  ltlarr: '⥶',
  ltquest: '⩻',
  ltrPar: '⦖',
  ltri: '◃',
  ltrie: '⊴',
  ltrif: '◂',
  lurdshar: '⥊',
  luruhar: '⥦',
  lvertneqq: '≨︀',
  lvnE: '≨︀',
  mDDot: '∺',
  macr: '¯',
  male: '♂',
  malt: '✠',
  maltese: '✠',
  map: '↦',
  mapsto: '↦',
  mapstodown: '↧',
  mapstoleft: '↤',
  mapstoup: '↥',
  marker: '▮',
  mcomma: '⨩',
  mcy: 'м',
  mdash: '—',
  measuredangle: '∡',
  mfr: '𝔪',
  mho: '℧',
  micro: 'µ',
  mid: '∣',
  midast: '*',
  midcir: '⫰',
  middot: '·',
  minus: '−',
  minusb: '⊟',
  minusd: '∸',
  minusdu: '⨪',
  mlcp: '⫛',
  mldr: '…',
  mnplus: '∓',
  models: '⊧',
  mopf: '𝕞',
  mp: '∓',
  mscr: '𝓂',
  mstpos: '∾',
  mu: 'μ',
  multimap: '⊸',
  mumap: '⊸',
  nGg: '⋙̸',
  nGt: '≫⃒',
  nGtv: '≫̸',
  nLeftarrow: '⇍',
  nLeftrightarrow: '⇎',
  nLl: '⋘̸',
  nLt: '≪⃒',
  nLtv: '≪̸',
  nRightarrow: '⇏',
  nVDash: '⊯',
  nVdash: '⊮',
  nabla: '∇',
  nacute: 'ń',
  nang: '∠⃒',
  nap: '≉',
  napE: '⩰̸',
  napid: '≋̸',
  napos: 'ŉ',
  napprox: '≉',
  natur: '♮',
  natural: '♮',
  naturals: 'ℕ',
  nbsp: ' ',
  nbump: '≎̸',
  nbumpe: '≏̸',
  ncap: '⩃',
  ncaron: 'ň',
  ncedil: 'ņ',
  ncong: '≇',
  ncongdot: '⩭̸',
  ncup: '⩂',
  ncy: 'н',
  ndash: '–',
  ne: '≠',
  neArr: '⇗',
  nearhk: '⤤',
  nearr: '↗',
  nearrow: '↗',
  nedot: '≐̸',
  nequiv: '≢',
  nesear: '⤨',
  nesim: '≂̸',
  nexist: '∄',
  nexists: '∄',
  nfr: '𝔫',
  ngE: '≧̸',
  nge: '≱',
  ngeq: '≱',
  ngeqq: '≧̸',
  ngeqslant: '⩾̸',
  nges: '⩾̸',
  ngsim: '≵',
  ngt: '≯',
  ngtr: '≯',
  nhArr: '⇎',
  nharr: '↮',
  nhpar: '⫲',
  ni: '∋',
  nis: '⋼',
  nisd: '⋺',
  niv: '∋',
  njcy: 'њ',
  nlArr: '⇍',
  nlE: '≦̸',
  nlarr: '↚',
  nldr: '‥',
  nle: '≰',
  nleftarrow: '↚',
  nleftrightarrow: '↮',
  nleq: '≰',
  nleqq: '≦̸',
  nleqslant: '⩽̸',
  nles: '⩽̸',
  nless: '≮',
  nlsim: '≴',
  nlt: '≮',
  nltri: '⋪',
  nltrie: '⋬',
  nmid: '∤',
  nopf: '𝕟',
  not: '¬',
  notin: '∉',
  notinE: '⋹̸',
  notindot: '⋵̸',
  notinva: '∉',
  notinvb: '⋷',
  notinvc: '⋶',
  notni: '∌',
  notniva: '∌',
  notnivb: '⋾',
  notnivc: '⋽',
  npar: '∦',
  nparallel: '∦',
  nparsl: '⫽⃥',
  npart: '∂̸',
  npolint: '⨔',
  npr: '⊀',
  nprcue: '⋠',
  npre: '⪯̸',
  nprec: '⊀',
  npreceq: '⪯̸',
  nrArr: '⇏',
  nrarr: '↛',
  nrarrc: '⤳̸',
  nrarrw: '↝̸',
  nrightarrow: '↛',
  nrtri: '⋫',
  nrtrie: '⋭',
  nsc: '⊁',
  nsccue: '⋡',
  nsce: '⪰̸',
  nscr: '𝓃',
  nshortmid: '∤',
  nshortparallel: '∦',
  nsim: '≁',
  nsime: '≄',
  nsimeq: '≄',
  nsmid: '∤',
  nspar: '∦',
  nsqsube: '⋢',
  nsqsupe: '⋣',
  nsub: '⊄',
  nsubE: '⫅̸',
  nsube: '⊈',
  nsubset: '⊂⃒',
  nsubseteq: '⊈',
  nsubseteqq: '⫅̸',
  nsucc: '⊁',
  nsucceq: '⪰̸',
  nsup: '⊅',
  nsupE: '⫆̸',
  nsupe: '⊉',
  nsupset: '⊃⃒',
  nsupseteq: '⊉',
  nsupseteqq: '⫆̸',
  ntgl: '≹',
  ntilde: 'ñ',
  ntlg: '≸',
  ntriangleleft: '⋪',
  ntrianglelefteq: '⋬',
  ntriangleright: '⋫',
  ntrianglerighteq: '⋭',
  nu: 'ν',
  num: '#',
  numero: '№',
  numsp: ' ',
  nvDash: '⊭',
  nvHarr: '⤄',
  nvap: '≍⃒',
  nvdash: '⊬',
  nvge: '≥⃒',
  nvgt: '>⃒',
  nvinfin: '⧞',
  nvlArr: '⤂',
  nvle: '≤⃒',
  nvlt: '<⃒',
  nvltrie: '⊴⃒',
  nvrArr: '⤃',
  nvrtrie: '⊵⃒',
  nvsim: '∼⃒',
  nwArr: '⇖',
  nwarhk: '⤣',
  nwarr: '↖',
  nwarrow: '↖',
  nwnear: '⤧',
  oS: 'Ⓢ',
  oacute: 'ó',
  oast: '⊛',
  ocir: '⊚',
  ocirc: 'ô',
  ocy: 'о',
  odash: '⊝',
  odblac: 'ő',
  odiv: '⨸',
  odot: '⊙',
  odsold: '⦼',
  oelig: 'œ',
  ofcir: '⦿',
  ofr: '𝔬',
  ogon: '˛',
  ograve: 'ò',
  ogt: '⧁',
  ohbar: '⦵',
  ohm: 'Ω',
  oint: '∮',
  olarr: '↺',
  olcir: '⦾',
  olcross: '⦻',
  oline: '‾',
  olt: '⧀',
  omacr: 'ō',
  omega: 'ω',
  omicron: 'ο',
  omid: '⦶',
  ominus: '⊖',
  oopf: '𝕠',
  opar: '⦷',
  operp: '⦹',
  oplus: '⊕',
  or: '∨',
  orarr: '↻',
  ord: '⩝',
  order: 'ℴ',
  orderof: 'ℴ',
  ordf: 'ª',
  ordm: 'º',
  origof: '⊶',
  oror: '⩖',
  orslope: '⩗',
  orv: '⩛',
  oscr: 'ℴ',
  oslash: 'ø',
  osol: '⊘',
  otilde: 'õ',
  otimes: '⊗',
  otimesas: '⨶',
  ouml: 'ö',
  ovbar: '⌽',
  par: '∥',
  para: '¶',
  parallel: '∥',
  parsim: '⫳',
  parsl: '⫽',
  part: '∂',
  pcy: 'п',
  percnt: '%',
  period: '.',
  permil: '‰',
  perp: '⊥',
  pertenk: '‱',
  pfr: '𝔭',
  phi: 'φ',
  phiv: 'ϕ',
  phmmat: 'ℳ',
  phone: '☎',
  pi: 'π',
  pitchfork: '⋔',
  piv: 'ϖ',
  planck: 'ℏ',
  planckh: 'ℎ',
  plankv: 'ℏ',
  plus: '+',
  plusacir: '⨣',
  plusb: '⊞',
  pluscir: '⨢',
  plusdo: '∔',
  plusdu: '⨥',
  pluse: '⩲',
  plusmn: '±',
  plussim: '⨦',
  plustwo: '⨧',
  pm: '±',
  pointint: '⨕',
  popf: '𝕡',
  pound: '£',
  pr: '≺',
  prE: '⪳',
  prap: '⪷',
  prcue: '≼',
  pre: '⪯',
  prec: '≺',
  precapprox: '⪷',
  preccurlyeq: '≼',
  preceq: '⪯',
  precnapprox: '⪹',
  precneqq: '⪵',
  precnsim: '⋨',
  precsim: '≾',
  prime: '′',
  primes: 'ℙ',
  prnE: '⪵',
  prnap: '⪹',
  prnsim: '⋨',
  prod: '∏',
  profalar: '⌮',
  profline: '⌒',
  profsurf: '⌓',
  prop: '∝',
  propto: '∝',
  prsim: '≾',
  prurel: '⊰',
  pscr: '𝓅',
  psi: 'ψ',
  puncsp: ' ',
  qfr: '𝔮',
  qint: '⨌',
  qopf: '𝕢',
  qprime: '⁗',
  qscr: '𝓆',
  quaternions: 'ℍ',
  quatint: '⨖',
  quest: '?',
  questeq: '≟',
  quot: '"',
  rAarr: '⇛',
  rArr: '⇒',
  rAtail: '⤜',
  rBarr: '⤏',
  rHar: '⥤',
  race: '∽̱',
  racute: 'ŕ',
  radic: '√',
  raemptyv: '⦳',
  rang: '⟩',
  rangd: '⦒',
  range: '⦥',
  rangle: '⟩',
  raquo: '»',
  rarr: '→',
  rarrap: '⥵',
  rarrb: '⇥',
  rarrbfs: '⤠',
  rarrc: '⤳',
  rarrfs: '⤞',
  rarrhk: '↪',
  rarrlp: '↬',
  rarrpl: '⥅',
  rarrsim: '⥴',
  rarrtl: '↣',
  rarrw: '↝',
  ratail: '⤚',
  ratio: '∶',
  rationals: 'ℚ',
  rbarr: '⤍',
  rbbrk: '❳',
  rbrace: '}',
  rbrack: ']',
  rbrke: '⦌',
  rbrksld: '⦎',
  rbrkslu: '⦐',
  rcaron: 'ř',
  rcedil: 'ŗ',
  rceil: '⌉',
  rcub: '}',
  rcy: 'р',
  rdca: '⤷',
  rdldhar: '⥩',
  rdquo: '”',
  rdquor: '”',
  rdsh: '↳',
  real: 'ℜ',
  realine: 'ℛ',
  realpart: 'ℜ',
  reals: 'ℝ',
  rect: '▭',
  reg: '®',
  rfisht: '⥽',
  rfloor: '⌋',
  rfr: '𝔯',
  rhard: '⇁',
  rharu: '⇀',
  rharul: '⥬',
  rho: 'ρ',
  rhov: 'ϱ',
  rightarrow: '→',
  rightarrowtail: '↣',
  rightharpoondown: '⇁',
  rightharpoonup: '⇀',
  rightleftarrows: '⇄',
  rightleftharpoons: '⇌',
  rightrightarrows: '⇉',
  rightsquigarrow: '↝',
  rightthreetimes: '⋌',
  ring: '˚',
  risingdotseq: '≓',
  rlarr: '⇄',
  rlhar: '⇌',
  rlm: '‏',
  rmoust: '⎱',
  rmoustache: '⎱',
  rnmid: '⫮',
  roang: '⟭',
  roarr: '⇾',
  robrk: '⟧',
  ropar: '⦆',
  ropf: '𝕣',
  roplus: '⨮',
  rotimes: '⨵',
  rpar: ')',
  rpargt: '⦔',
  rppolint: '⨒',
  rrarr: '⇉',
  rsaquo: '›',
  rscr: '𝓇',
  rsh: '↱',
  rsqb: ']',
  rsquo: '’',
  rsquor: '’',
  rthree: '⋌',
  rtimes: '⋊',
  rtri: '▹',
  rtrie: '⊵',
  rtrif: '▸',
  rtriltri: '⧎',
  ruluhar: '⥨',
  rx: '℞',
  sacute: 'ś',
  sbquo: '‚',
  sc: '≻',
  scE: '⪴',
  scap: '⪸',
  scaron: 'š',
  sccue: '≽',
  sce: '⪰',
  scedil: 'ş',
  scirc: 'ŝ',
  scnE: '⪶',
  scnap: '⪺',
  scnsim: '⋩',
  scpolint: '⨓',
  scsim: '≿',
  scy: 'с',
  sdot: '⋅',
  sdotb: '⊡',
  sdote: '⩦',
  seArr: '⇘',
  searhk: '⤥',
  searr: '↘',
  searrow: '↘',
  sect: '§',
  semi: ';',
  seswar: '⤩',
  setminus: '∖',
  setmn: '∖',
  sext: '✶',
  sfr: '𝔰',
  sfrown: '⌢',
  sharp: '♯',
  shchcy: 'щ',
  shcy: 'ш',
  shortmid: '∣',
  shortparallel: '∥',
  shy: '­',
  sigma: 'σ',
  sigmaf: 'ς',
  sigmav: 'ς',
  sim: '∼',
  simdot: '⩪',
  sime: '≃',
  simeq: '≃',
  simg: '⪞',
  simgE: '⪠',
  siml: '⪝',
  simlE: '⪟',
  simne: '≆',
  simplus: '⨤',
  simrarr: '⥲',
  slarr: '←',
  smallsetminus: '∖',
  smashp: '⨳',
  smeparsl: '⧤',
  smid: '∣',
  smile: '⌣',
  smt: '⪪',
  smte: '⪬',
  smtes: '⪬︀',
  softcy: 'ь',
  sol: '/',
  solb: '⧄',
  solbar: '⌿',
  sopf: '𝕤',
  spades: '♠',
  spadesuit: '♠',
  spar: '∥',
  sqcap: '⊓',
  sqcaps: '⊓︀',
  sqcup: '⊔',
  sqcups: '⊔︀',
  sqsub: '⊏',
  sqsube: '⊑',
  sqsubset: '⊏',
  sqsubseteq: '⊑',
  sqsup: '⊐',
  sqsupe: '⊒',
  sqsupset: '⊐',
  sqsupseteq: '⊒',
  squ: '□',
  square: '□',
  squarf: '▪',
  squf: '▪',
  srarr: '→',
  sscr: '𝓈',
  ssetmn: '∖',
  ssmile: '⌣',
  sstarf: '⋆',
  star: '☆',
  starf: '★',
  straightepsilon: 'ϵ',
  straightphi: 'ϕ',
  strns: '¯',
  sub: '⊂',
  subE: '⫅',
  subdot: '⪽',
  sube: '⊆',
  subedot: '⫃',
  submult: '⫁',
  subnE: '⫋',
  subne: '⊊',
  subplus: '⪿',
  subrarr: '⥹',
  subset: '⊂',
  subseteq: '⊆',
  subseteqq: '⫅',
  subsetneq: '⊊',
  subsetneqq: '⫋',
  subsim: '⫇',
  subsub: '⫕',
  subsup: '⫓',
  succ: '≻',
  succapprox: '⪸',
  succcurlyeq: '≽',
  succeq: '⪰',
  succnapprox: '⪺',
  succneqq: '⪶',
  succnsim: '⋩',
  succsim: '≿',
  sum: '∑',
  sung: '♪',
  sup1: '¹',
  sup2: '²',
  sup3: '³',
  sup: '⊃',
  supE: '⫆',
  supdot: '⪾',
  supdsub: '⫘',
  supe: '⊇',
  supedot: '⫄',
  suphsol: '⟉',
  suphsub: '⫗',
  suplarr: '⥻',
  supmult: '⫂',
  supnE: '⫌',
  supne: '⊋',
  supplus: '⫀',
  supset: '⊃',
  supseteq: '⊇',
  supseteqq: '⫆',
  supsetneq: '⊋',
  supsetneqq: '⫌',
  supsim: '⫈',
  supsub: '⫔',
  supsup: '⫖',
  swArr: '⇙',
  swarhk: '⤦',
  swarr: '↙',
  swarrow: '↙',
  swnwar: '⤪',
  szlig: 'ß',
  target: '⌖',
  tau: 'τ',
  tbrk: '⎴',
  tcaron: 'ť',
  tcedil: 'ţ',
  tcy: 'т',
  tdot: '⃛',
  telrec: '⌕',
  tfr: '𝔱',
  there4: '∴',
  therefore: '∴',
  theta: 'θ',
  thetasym: 'ϑ',
  thetav: 'ϑ',
  thickapprox: '≈',
  thicksim: '∼',
  thinsp: ' ',
  thkap: '≈',
  thksim: '∼',
  thorn: 'þ',
  tilde: '˜',
  times: '×',
  timesb: '⊠',
  timesbar: '⨱',
  timesd: '⨰',
  tint: '∭',
  toea: '⤨',
  top: '⊤',
  topbot: '⌶',
  topcir: '⫱',
  topf: '𝕥',
  topfork: '⫚',
  tosa: '⤩',
  tprime: '‴',
  trade: '™',
  triangle: '▵',
  triangledown: '▿',
  triangleleft: '◃',
  trianglelefteq: '⊴',
  triangleq: '≜',
  triangleright: '▹',
  trianglerighteq: '⊵',
  tridot: '◬',
  trie: '≜',
  triminus: '⨺',
  triplus: '⨹',
  trisb: '⧍',
  tritime: '⨻',
  trpezium: '⏢',
  tscr: '𝓉',
  tscy: 'ц',
  tshcy: 'ћ',
  tstrok: 'ŧ',
  twixt: '≬',
  twoheadleftarrow: '↞',
  twoheadrightarrow: '↠',
  uArr: '⇑',
  uHar: '⥣',
  uacute: 'ú',
  uarr: '↑',
  ubrcy: 'ў',
  ubreve: 'ŭ',
  ucirc: 'û',
  ucy: 'у',
  udarr: '⇅',
  udblac: 'ű',
  udhar: '⥮',
  ufisht: '⥾',
  ufr: '𝔲',
  ugrave: 'ù',
  uharl: '↿',
  uharr: '↾',
  uhblk: '▀',
  ulcorn: '⌜',
  ulcorner: '⌜',
  ulcrop: '⌏',
  ultri: '◸',
  umacr: 'ū',
  uml: '¨',
  uogon: 'ų',
  uopf: '𝕦',
  uparrow: '↑',
  updownarrow: '↕',
  upharpoonleft: '↿',
  upharpoonright: '↾',
  uplus: '⊎',
  upsi: 'υ',
  upsih: 'ϒ',
  upsilon: 'υ',
  upuparrows: '⇈',
  urcorn: '⌝',
  urcorner: '⌝',
  urcrop: '⌎',
  uring: 'ů',
  urtri: '◹',
  uscr: '𝓊',
  utdot: '⋰',
  utilde: 'ũ',
  utri: '▵',
  utrif: '▴',
  uuarr: '⇈',
  uuml: 'ü',
  uwangle: '⦧',
  vArr: '⇕',
  vBar: '⫨',
  vBarv: '⫩',
  vDash: '⊨',
  vangrt: '⦜',
  varepsilon: 'ϵ',
  varkappa: 'ϰ',
  varnothing: '∅',
  varphi: 'ϕ',
  varpi: 'ϖ',
  varpropto: '∝',
  varr: '↕',
  varrho: 'ϱ',
  varsigma: 'ς',
  varsubsetneq: '⊊︀',
  varsubsetneqq: '⫋︀',
  varsupsetneq: '⊋︀',
  varsupsetneqq: '⫌︀',
  vartheta: 'ϑ',
  vartriangleleft: '⊲',
  vartriangleright: '⊳',
  vcy: 'в',
  vdash: '⊢',
  vee: '∨',
  veebar: '⊻',
  veeeq: '≚',
  vellip: '⋮',
  verbar: '|',
  vert: '|',
  vfr: '𝔳',
  vltri: '⊲',
  vnsub: '⊂⃒',
  vnsup: '⊃⃒',
  vopf: '𝕧',
  vprop: '∝',
  vrtri: '⊳',
  vscr: '𝓋',
  vsubnE: '⫋︀',
  vsubne: '⊊︀',
  vsupnE: '⫌︀',
  vsupne: '⊋︀',
  vzigzag: '⦚',
  wcirc: 'ŵ',
  wedbar: '⩟',
  wedge: '∧',
  wedgeq: '≙',
  weierp: '℘',
  wfr: '𝔴',
  wopf: '𝕨',
  wp: '℘',
  wr: '≀',
  wreath: '≀',
  wscr: '𝓌',
  xcap: '⋂',
  xcirc: '◯',
  xcup: '⋃',
  xdtri: '▽',
  xfr: '𝔵',
  xhArr: '⟺',
  xharr: '⟷',
  xi: 'ξ',
  xlArr: '⟸',
  xlarr: '⟵',
  xmap: '⟼',
  xnis: '⋻',
  xodot: '⨀',
  xopf: '𝕩',
  xoplus: '⨁',
  xotime: '⨂',
  xrArr: '⟹',
  xrarr: '⟶',
  xscr: '𝓍',
  xsqcup: '⨆',
  xuplus: '⨄',
  xutri: '△',
  xvee: '⋁',
  xwedge: '⋀',
  yacute: 'ý',
  yacy: 'я',
  ycirc: 'ŷ',
  ycy: 'ы',
  yen: '¥',
  yfr: '𝔶',
  yicy: 'ї',
  yopf: '𝕪',
  yscr: '𝓎',
  yucy: 'ю',
  yuml: 'ÿ',
  zacute: 'ź',
  zcaron: 'ž',
  zcy: 'з',
  zdot: 'ż',
  zeetrf: 'ℨ',
  zeta: 'ζ',
  zfr: '𝔷',
  zhcy: 'ж',
  zigrarr: '⇝',
  zopf: '𝕫',
  zscr: '𝓏',
  zwj: '‍',
  zwnj: '‌'
};

// To do: next major: use `Object.hasOwn`.
const own = {}.hasOwnProperty;

/**
 * Decode a single character reference (without the `&` or `;`).
 * You probably only need this when you’re building parsers yourself that follow
 * different rules compared to HTML.
 * This is optimized to be tiny in browsers.
 *
 * @param {string} value
 *   `notin` (named), `#123` (deci), `#x123` (hexa).
 * @returns {string|false}
 *   Decoded reference.
 */
function decodeNamedCharacterReference(value) {
  return own.call(characterEntities, value) ? characterEntities[value] : false
}

/**
 * @import {Code} from 'micromark-util-types'
 */

/**
 * Check whether the character code represents an ASCII alpha (`a` through `z`,
 * case insensitive).
 *
 * An **ASCII alpha** is an ASCII upper alpha or ASCII lower alpha.
 *
 * An **ASCII upper alpha** is a character in the inclusive range U+0041 (`A`)
 * to U+005A (`Z`).
 *
 * An **ASCII lower alpha** is a character in the inclusive range U+0061 (`a`)
 * to U+007A (`z`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiAlpha = regexCheck(/[A-Za-z]/);

/**
 * Check whether the character code represents an ASCII alphanumeric (`a`
 * through `z`, case insensitive, or `0` through `9`).
 *
 * An **ASCII alphanumeric** is an ASCII digit (see `asciiDigit`) or ASCII alpha
 * (see `asciiAlpha`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);

/**
 * Check whether the character code represents an ASCII atext.
 *
 * atext is an ASCII alphanumeric (see `asciiAlphanumeric`), or a character in
 * the inclusive ranges U+0023 NUMBER SIGN (`#`) to U+0027 APOSTROPHE (`'`),
 * U+002A ASTERISK (`*`), U+002B PLUS SIGN (`+`), U+002D DASH (`-`), U+002F
 * SLASH (`/`), U+003D EQUALS TO (`=`), U+003F QUESTION MARK (`?`), U+005E
 * CARET (`^`) to U+0060 GRAVE ACCENT (`` ` ``), or U+007B LEFT CURLY BRACE
 * (`{`) to U+007E TILDE (`~`).
 *
 * See:
 * **\[RFC5322]**:
 * [Internet Message Format](https://tools.ietf.org/html/rfc5322).
 * P. Resnick.
 * IETF.
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);

/**
 * Check whether a character code is an ASCII control character.
 *
 * An **ASCII control** is a character in the inclusive range U+0000 NULL (NUL)
 * to U+001F (US), or U+007F (DEL).
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function asciiControl(code) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code !== null && (code < 32 || code === 127)
  );
}

/**
 * Check whether the character code represents an ASCII digit (`0` through `9`).
 *
 * An **ASCII digit** is a character in the inclusive range U+0030 (`0`) to
 * U+0039 (`9`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiDigit = regexCheck(/\d/);

/**
 * Check whether the character code represents an ASCII hex digit (`a` through
 * `f`, case insensitive, or `0` through `9`).
 *
 * An **ASCII hex digit** is an ASCII digit (see `asciiDigit`), ASCII upper hex
 * digit, or an ASCII lower hex digit.
 *
 * An **ASCII upper hex digit** is a character in the inclusive range U+0041
 * (`A`) to U+0046 (`F`).
 *
 * An **ASCII lower hex digit** is a character in the inclusive range U+0061
 * (`a`) to U+0066 (`f`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiHexDigit = regexCheck(/[\dA-Fa-f]/);

/**
 * Check whether the character code represents ASCII punctuation.
 *
 * An **ASCII punctuation** is a character in the inclusive ranges U+0021
 * EXCLAMATION MARK (`!`) to U+002F SLASH (`/`), U+003A COLON (`:`) to U+0040 AT
 * SIGN (`@`), U+005B LEFT SQUARE BRACKET (`[`) to U+0060 GRAVE ACCENT
 * (`` ` ``), or U+007B LEFT CURLY BRACE (`{`) to U+007E TILDE (`~`).
 *
 * @param code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
const asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);

/**
 * Check whether a character code is a markdown line ending.
 *
 * A **markdown line ending** is the virtual characters M-0003 CARRIAGE RETURN
 * LINE FEED (CRLF), M-0004 LINE FEED (LF) and M-0005 CARRIAGE RETURN (CR).
 *
 * In micromark, the actual character U+000A LINE FEED (LF) and U+000D CARRIAGE
 * RETURN (CR) are replaced by these virtual characters depending on whether
 * they occurred together.
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function markdownLineEnding(code) {
  return code !== null && code < -2;
}

/**
 * Check whether a character code is a markdown line ending (see
 * `markdownLineEnding`) or markdown space (see `markdownSpace`).
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function markdownLineEndingOrSpace(code) {
  return code !== null && (code < 0 || code === 32);
}

/**
 * Check whether a character code is a markdown space.
 *
 * A **markdown space** is the concrete character U+0020 SPACE (SP) and the
 * virtual characters M-0001 VIRTUAL SPACE (VS) and M-0002 HORIZONTAL TAB (HT).
 *
 * In micromark, the actual character U+0009 CHARACTER TABULATION (HT) is
 * replaced by one M-0002 HORIZONTAL TAB (HT) and between 0 and 3 M-0001 VIRTUAL
 * SPACE (VS) characters, depending on the column at which the tab occurred.
 *
 * @param {Code} code
 *   Code.
 * @returns {boolean}
 *   Whether it matches.
 */
function markdownSpace(code) {
  return code === -2 || code === -1 || code === 32;
}

// Size note: removing ASCII from the regex and using `asciiPunctuation` here
// In fact adds to the bundle size.
/**
 * Check whether the character code represents Unicode punctuation.
 *
 * A **Unicode punctuation** is a character in the Unicode `Pc` (Punctuation,
 * Connector), `Pd` (Punctuation, Dash), `Pe` (Punctuation, Close), `Pf`
 * (Punctuation, Final quote), `Pi` (Punctuation, Initial quote), `Po`
 * (Punctuation, Other), or `Ps` (Punctuation, Open) categories, or an ASCII
 * punctuation (see `asciiPunctuation`).
 *
 * See:
 * **\[UNICODE]**:
 * [The Unicode Standard](https://www.unicode.org/versions/).
 * Unicode Consortium.
 *
 * @param code
 *   Code.
 * @returns
 *   Whether it matches.
 */
const unicodePunctuation = regexCheck(/\p{P}|\p{S}/u);

/**
 * Check whether the character code represents Unicode whitespace.
 *
 * Note that this does handle micromark specific markdown whitespace characters.
 * See `markdownLineEndingOrSpace` to check that.
 *
 * A **Unicode whitespace** is a character in the Unicode `Zs` (Separator,
 * Space) category, or U+0009 CHARACTER TABULATION (HT), U+000A LINE FEED (LF),
 * U+000C (FF), or U+000D CARRIAGE RETURN (CR) (**\[UNICODE]**).
 *
 * See:
 * **\[UNICODE]**:
 * [The Unicode Standard](https://www.unicode.org/versions/).
 * Unicode Consortium.
 *
 * @param code
 *   Code.
 * @returns
 *   Whether it matches.
 */
const unicodeWhitespace = regexCheck(/\s/);

/**
 * Create a code check from a regex.
 *
 * @param {RegExp} regex
 *   Expression.
 * @returns {(code: Code) => boolean}
 *   Check.
 */
function regexCheck(regex) {
  return check;

  /**
   * Check whether a code matches the bound regex.
   *
   * @param {Code} code
   *   Character code.
   * @returns {boolean}
   *   Whether the character code matches the bound regex.
   */
  function check(code) {
    return code !== null && code > -1 && regex.test(String.fromCharCode(code));
  }
}

/**
 * @import {Code} from 'micromark-util-types'
 */

/**
 * Classify whether a code represents whitespace, punctuation, or something
 * else.
 *
 * Used for attention (emphasis, strong), whose sequences can open or close
 * based on the class of surrounding characters.
 *
 * > 👉 **Note**: eof (`null`) is seen as whitespace.
 *
 * @param {Code} code
 *   Code.
 * @returns {typeof constants.characterGroupWhitespace | typeof constants.characterGroupPunctuation | undefined}
 *   Group.
 */
function classifyCharacter(code) {
  if (code === null || markdownLineEndingOrSpace(code) || unicodeWhitespace(code)) {
    return 1;
  }
  if (unicodePunctuation(code)) {
    return 2;
  }
}

/**
 * Turn the number (in string form as either hexa- or plain decimal) coming from
 * a numeric character reference into a character.
 *
 * Sort of like `String.fromCodePoint(Number.parseInt(value, base))`, but makes
 * non-characters and control characters safe.
 *
 * @param {string} value
 *   Value to decode.
 * @param {number} base
 *   Numeric base.
 * @returns {string}
 *   Character.
 */
function decodeNumericCharacterReference(value, base) {
  const code = Number.parseInt(value, base);
  if (
  // C0 except for HT, LF, FF, CR, space.
  code < 9 || code === 11 || code > 13 && code < 32 ||
  // Control character (DEL) of C0, and C1 controls.
  code > 126 && code < 160 ||
  // Lone high surrogates and low surrogates.
  code > 55_295 && code < 57_344 ||
  // Noncharacters.
  code > 64_975 && code < 65_008 || /* eslint-disable no-bitwise */
  (code & 65_535) === 65_535 || (code & 65_535) === 65_534 || /* eslint-enable no-bitwise */
  // Out of range
  code > 1_114_111) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code);
}

var $schema$2 = "https://json-schema.org/draft/2020-12/schema";
var $id$2 = "https://raw.githubusercontent.com/support-table-lint/support-table-lint/main/schemas/config.schema.json";
var title$2 = "support-table-lint configuration";
var description$2 = "The file .github/support-table-lint.yml (or .support-table-lint.yml): which tables to check, against which schema, with which table rules.";
var type$2 = "object";
var additionalProperties = false;
var required$2 = [
	"tables"
];
var properties$2 = {
	tables: {
		description: "Table entries. A table is checked by every entry whose files and match it satisfies.",
		type: "array",
		minItems: 1,
		items: {
			$ref: "#/$defs/tableEntry"
		}
	},
	severities: {
		description: "Severity overrides for every table, by rule id.",
		$ref: "#/$defs/severities"
	},
	budgets: {
		description: "Limits that keep a huge or pathological file from stalling a run.",
		type: "object",
		additionalProperties: false,
		properties: {
			maxFileBytes: {
				description: "Files larger than this are not read past it, nor linted (default 10485760; at most 1 GiB).",
				type: "integer",
				minimum: 1,
				maximum: 1073741824
			},
			maxParseMs: {
				description: "A parse taking longer than this is abandoned (default 10000; at most 2147483647, Node's largest timer).",
				type: "integer",
				minimum: 1,
				maximum: 2147483647
			}
		}
	},
	ignore: {
		description: "Findings to suppress in whole files: each entry names files (globs) and, optionally, rules. Suppressed findings are counted, and an entry that suppresses nothing is reported (unused-suppression).",
		type: "array",
		items: {
			type: "object",
			additionalProperties: false,
			required: [
				"files"
			],
			properties: {
				files: {
					description: "Globs of files, matched like `tables[].files`.",
					type: "array",
					minItems: 1,
					items: {
						type: "string",
						minLength: 1
					}
				},
				rules: {
					description: "Rule ids. Default: every rule.",
					type: "array",
					items: {
						type: "string",
						pattern: "^[a-z][a-z0-9-]*$"
					}
				},
				reason: {
					description: "Why: shown with each suppressed finding.",
					type: "string"
				}
			}
		}
	},
	sources: {
		description: "Data sets to check tables against (sources of truth), by name. Paths are relative to the config's folder (the repository root for a config in .github/).",
		type: "object",
		propertyNames: {
			pattern: "^[A-Za-z][A-Za-z0-9_-]*$"
		},
		additionalProperties: {
			$ref: "#/$defs/source"
		}
	}
};
var $defs = {
	scope: {
		"enum": [
			"table",
			"group"
		]
	},
	scoped: {
		anyOf: [
			{
				"const": false
			},
			{
				type: "object",
				additionalProperties: false,
				required: [
					"scope"
				],
				properties: {
					scope: {
						$ref: "#/$defs/scope"
					}
				}
			}
		],
		errorMessage: "must be false or { scope: table } or { scope: group }"
	},
	severity: {
		"enum": [
			"error",
			"warning",
			"notice",
			"off"
		]
	},
	severities: {
		type: "object",
		propertyNames: {
			pattern: "^[a-z][a-z0-9-]*$"
		},
		additionalProperties: {
			$ref: "#/$defs/severity"
		}
	},
	tableOptions: {
		type: "object",
		properties: {
			key: {
				description: "The column that names a row. Default: the first column.",
				type: "string",
				minLength: 1
			},
			unique: {
				description: "Keys (or the columns in by) must be unique, case-insensitively, within the scope; false turns the check off.",
				$ref: "#/$defs/unique"
			},
			order: {
				description: "Rows must be in order within the scope (by default: keys, case-insensitive, ascending); false turns the check off.",
				$ref: "#/$defs/order"
			},
			groups: {
				description: "Recognise group rows (first cell entirely bold). Default: true.",
				type: "boolean"
			},
			columns: {
				type: "object",
				additionalProperties: false,
				properties: {
					required: {
						description: "Columns the header must have. Default: the schema's required.",
						type: "array",
						items: {
							type: "string"
						}
					},
					unknown: {
						description: "Report columns the schema does not name. Default: report when the schema sets additionalProperties: false.",
						"enum": [
							"allow",
							"report"
						]
					}
				}
			},
			notes: {
				description: "Notes kept as `- **Key**: text` list items under a heading.",
				type: "object",
				additionalProperties: false,
				required: [
					"heading"
				],
				properties: {
					heading: {
						description: "Heading text (case-insensitive) whose section, subsections included, holds the notes.",
						type: "string",
						minLength: 1
					},
					requiredWhen: {
						description: "A row needs a note when one of these columns holds one of the listed values.",
						type: "object",
						additionalProperties: {
							type: "array",
							items: {
								type: "string"
							}
						}
					},
					reportUnknown: {
						description: "Report notes whose key is not in the table. Default: true.",
						type: "boolean"
					}
				}
			},
			severities: {
				description: "Severity overrides for this table, by rule id.",
				$ref: "#/$defs/severities"
			},
			references: {
				description: "Check the table against data sets from sources:.",
				type: "array",
				items: {
					type: "object",
					additionalProperties: false,
					required: [
						"source"
					],
					properties: {
						source: {
							description: "A name under sources:.",
							type: "string",
							minLength: 1
						},
						column: {
							description: "The column whose value names an item (default: the key column).",
							type: "string",
							minLength: 1
						},
						pattern: {
							description: "A regular expression (RE2) with a group named value: each match in the cell is one value that must name an item (a cell of several team links).",
							type: "string",
							minLength: 1
						},
						unknown: {
							description: "Severity of a row whose value is in no item (reference-unknown; default error).",
							$ref: "#/$defs/severity"
						},
						unlisted: {
							description: "Severity of an item with no row (reference-unlisted; default warning when the column is the key column, else off).",
							$ref: "#/$defs/severity"
						},
						pick: {
							description: "When several items of the source share a key (one per stage or version of a gate), the one a row must agree with: the first or the last in the source's order. Without it, items that disagree among themselves make a reference-disagree warning that asks for it.",
							"enum": [
								"first",
								"last"
							]
						},
						scope: {
							description: "Where rows must name every item (reference-unlisted): in each table (default), or in any table of the page with the reference's columns (a page that splits its rows over tables by stage); unlisted items are then reported once, on the first such table.",
							"enum": [
								"table",
								"page"
							]
						},
						"with": {
							description: "Columns that are part of what a row names, beside column: a row names only the items whose field (through map) equals the cell (a Kubernetes-style table with a row per gate and stage: { Stage: { field: preRelease } }).",
							type: "object",
							additionalProperties: {
								$ref: "#/$defs/fieldRule"
							}
						},
						agree: {
							description: "Columns that must equal a field of the matched item (reference-disagree).",
							type: "object",
							additionalProperties: {
								$ref: "#/$defs/fieldRule"
							}
						}
					}
				}
			},
			transitions: {
				description: "How rows may change between the base version and the head: per column, from-value → allowed to-values; removed.when; added.",
				type: "object",
				properties: {
					removed: {
						type: "object",
						additionalProperties: false,
						required: [
							"when"
						],
						properties: {
							when: {
								type: "object",
								additionalProperties: {
									type: "array",
									items: {
										type: "string"
									}
								}
							}
						}
					},
					added: {
						type: "object",
						additionalProperties: {
							type: "array",
							items: {
								type: "string"
							}
						}
					}
				},
				additionalProperties: {
					type: "object",
					additionalProperties: {
						type: "array",
						items: {
							type: "string"
						}
					}
				}
			},
			monotonic: {
				description: "Columns whose values must rise or fall down the table (a release table whose dates fall as versions fall).",
				anyOf: [
					{
						type: "object",
						additionalProperties: false,
						required: [
							"column"
						],
						properties: {
							column: {
								type: "string",
								minLength: 1
							},
							direction: {
								description: "asc: values rise down the table; desc (default): they fall.",
								"enum": [
									"asc",
									"desc"
								]
							},
							compare: {
								description: "date (default: ISO dates, or a month and year), natural or semver.",
								"enum": [
									"date",
									"natural",
									"semver"
								]
							},
							scope: {
								$ref: "#/$defs/scope"
							}
						}
					},
					{
						type: "array",
						items: {
							type: "object",
							additionalProperties: false,
							required: [
								"column"
							],
							properties: {
								column: {
									type: "string",
									minLength: 1
								},
								direction: {
									description: "asc: values rise down the table; desc (default): they fall.",
									"enum": [
										"asc",
										"desc"
									]
								},
								compare: {
									description: "date (default: ISO dates, or a month and year), natural or semver.",
									"enum": [
										"date",
										"natural",
										"semver"
									]
								},
								scope: {
									$ref: "#/$defs/scope"
								}
							}
						}
					}
				]
			},
			legend: {
				description: "Where the document defines the values of a column (a list of `**TERM**: definition` or `1. Term: definition` items, or a table, under a heading): every value used must be defined there, and every defined term allowed by the schema (rule legend).",
				type: "object",
				additionalProperties: false,
				required: [
					"heading",
					"column"
				],
				properties: {
					heading: {
						description: "Text of the heading whose section holds the legend (case-insensitive).",
						type: "string",
						minLength: 1
					},
					column: {
						description: "The column whose values the legend defines.",
						type: "string",
						minLength: 1
					},
					optional: {
						description: "A document without that section is fine (default false: it is reported). Where the legend spells an allowed value otherwise (`Best effort` for the schema's `Best-effort`), the legend's spelling is the one allowed in that document.",
						type: "boolean"
					}
				}
			}
		}
	},
	tableOptionsOnly: {
		$ref: "#/$defs/tableOptions",
		unevaluatedProperties: false
	},
	tableEntry: {
		$ref: "#/$defs/tableOptions",
		properties: {
			files: {
				description: "Globs of files this entry applies to, matched against paths relative to the config file's folder (the repository root for a config in .github/). Default: every file.",
				type: "array",
				items: {
					type: "string",
					minLength: 1
				}
			},
			match: {
				description: "Which tables of those files the entry applies to.",
				type: "object",
				additionalProperties: false,
				properties: {
					columns: {
						description: "The table must have these columns (case-insensitive).",
						type: "array",
						items: {
							type: "string"
						}
					},
					heading: {
						description: "An enclosing heading must contain this text (case-insensitive).",
						type: "string"
					}
				}
			},
			preset: {
				description: "A built-in preset.",
				"enum": [
					"kubevirt-feature-gates",
					"kata-support-levels"
				]
			},
			schema: {
				description: "Path to a JSON Schema (JSON or YAML) for one row, relative to the config file's folder (the repository root for a config in .github/).",
				type: "string",
				minLength: 1
			},
			ignore: {
				description: "Deliberate exceptions: findings of these rules on these rows are suppressed. Suppressed findings are counted, and an entry that suppresses nothing is reported (unused-suppression).",
				type: "array",
				items: {
					type: "object",
					additionalProperties: false,
					properties: {
						rule: {
							description: "A rule id.",
							type: "string",
							pattern: "^[a-z][a-z0-9-]*$"
						},
						rules: {
							description: "Rule ids. Without rule or rules: every rule.",
							type: "array",
							items: {
								type: "string",
								pattern: "^[a-z][a-z0-9-]*$"
							}
						},
						rows: {
							description: "Row keys (case-insensitive). Default: every row.",
							type: "array",
							items: {
								type: "string"
							}
						},
						reason: {
							description: "Why: shown with each suppressed finding.",
							type: "string"
						}
					}
				}
			}
		},
		oneOf: [
			{
				required: [
					"preset"
				]
			},
			{
				required: [
					"schema"
				]
			}
		],
		unevaluatedProperties: false
	},
	order: {
		anyOf: [
			{
				"const": false
			},
			{
				type: "object",
				additionalProperties: false,
				required: [
					"scope"
				],
				properties: {
					scope: {
						$ref: "#/$defs/scope"
					},
					direction: {
						description: "asc (default) or desc.",
						"enum": [
							"asc",
							"desc"
						]
					},
					compare: {
						description: "text (case-insensitive, default), ascii (character codes: capitals before small letters, as sort in the C locale), natural (numbers compare as numbers) or semver.",
						"enum": [
							"text",
							"ascii",
							"natural",
							"semver"
						]
					},
					by: {
						description: "The column whose values are ordered. Default: the key column.",
						type: "string",
						minLength: 1
					}
				}
			}
		],
		errorMessage: "must be false or { scope: table | group, direction?: asc | desc, compare?: text | ascii | natural | semver, by?: COLUMN }"
	},
	source: {
		type: "object",
		additionalProperties: false,
		required: [
			"key"
		],
		properties: {
			file: {
				description: "A JSON or YAML file: an array of objects, or an object of objects (each property name becomes the field $key).",
				type: "string",
				minLength: 1
			},
			extract: {
				description: "A regex with named groups, run over files: each match is an item whose fields are the groups.",
				type: "object",
				additionalProperties: false,
				required: [
					"files",
					"pattern"
				],
				properties: {
					files: {
						type: "array",
						minItems: 1,
						items: {
							type: "string",
							minLength: 1
						}
					},
					pattern: {
						type: "string",
						minLength: 1
					}
				}
			},
			table: {
				description: "Another markdown table: each data row is an item, its columns the fields.",
				type: "object",
				additionalProperties: false,
				required: [
					"file"
				],
				properties: {
					file: {
						type: "string",
						minLength: 1
					},
					match: {
						type: "object",
						additionalProperties: false,
						properties: {
							columns: {
								type: "array",
								items: {
									type: "string"
								}
							},
							heading: {
								type: "string"
							}
						}
					}
				}
			},
			url: {
				description: "A JSON or YAML document over HTTPS (http only for loopback addresses); no redirects to other hosts.",
				type: "string",
				pattern: "^https?://"
			},
			items: {
				description: "JSON Pointer to the items inside a file or url document (default: the root).",
				type: "string",
				pattern: "^(/.*)?$"
			},
			each: {
				description: "For file or url: a field of each item that holds a list of objects (a gate's versions); each entry becomes an item of its own, with the item's other fields. An item without the list stays one item.",
				type: "string",
				minLength: 1
			},
			key: {
				description: "The fields that identify an item; a row's value may equal any of them.",
				anyOf: [
					{
						type: "string",
						minLength: 1
					},
					{
						type: "array",
						minItems: 1,
						items: {
							type: "string",
							minLength: 1
						}
					}
				]
			},
			maxBytes: {
				description: "For url: the largest answer accepted, in bytes (default 5242880).",
				type: "integer",
				minimum: 1,
				maximum: 1073741824
			},
			timeoutMs: {
				description: "For url: how long to wait, in milliseconds (default 10000).",
				type: "integer",
				minimum: 1,
				maximum: 600000
			}
		},
		oneOf: [
			{
				required: [
					"file"
				]
			},
			{
				required: [
					"extract"
				]
			},
			{
				required: [
					"table"
				]
			},
			{
				required: [
					"url"
				]
			}
		],
		errorMessage: {
			oneOf: "needs exactly one of file, extract, table or url"
		}
	},
	unique: {
		anyOf: [
			{
				"const": false
			},
			{
				type: "object",
				additionalProperties: false,
				required: [
					"scope"
				],
				properties: {
					scope: {
						$ref: "#/$defs/scope"
					},
					by: {
						description: "Columns whose values together form the key (a composite key). Default: the key column.",
						type: "array",
						minItems: 1,
						items: {
							type: "string",
							minLength: 1
						}
					}
				}
			}
		],
		errorMessage: "must be false or { scope: table | group, by?: [COLUMN, ...] }"
	},
	fieldRule: {
		type: "object",
		additionalProperties: false,
		required: [
			"field"
		],
		properties: {
			field: {
				type: "string",
				minLength: 1,
				description: "A field of the source's items."
			},
			map: {
				description: "Item value → cell value.",
				type: "object",
				additionalProperties: {
					type: "string"
				}
			}
		}
	}
};
var configSchema = {
	$schema: $schema$2,
	$id: $id$2,
	title: title$2,
	description: description$2,
	type: type$2,
	additionalProperties: additionalProperties,
	required: required$2,
	properties: properties$2,
	$defs: $defs
};

var $schema$1 = "https://json-schema.org/draft/2020-12/schema";
var $id$1 = "https://raw.githubusercontent.com/support-table-lint/support-table-lint/main/schemas/kata-support-levels.schema.json";
var title$1 = "Kata Containers support and maintenance levels";
var description$1 = "One row of a Kata Containers support table (Feature | Support State | Maintainers | Notes), grouped by bold section rows.";
var type$1 = "object";
var required$1 = [
	"Feature",
	"Support State",
	"Maintainers",
	"Notes"
];
var properties$1 = {
	Feature: {
		description: "The feature, component or platform.",
		type: "string",
		minLength: 1
	},
	"Support State": {
		description: "One of the document's support levels, spelled exactly as its legend (under Levels of Support) spells it.",
		"enum": [
			"Supported",
			"Best-effort",
			"Not maintained",
			"Experimental",
			"Deprecated",
			"Obsolete"
		]
	},
	Maintainers: {
		description: "Empty, or a comma-separated list of GitHub team links, each optionally followed by `*` (a team still to be created).",
		type: "string"
	},
	Notes: {
		type: "string"
	},
	$raw: {
		type: "object",
		properties: {
			Maintainers: {
				type: "string",
				pattern: "^(?:\\[@[a-z0-9-]+/[a-z0-9-]+\\]\\(https://github\\.com/orgs/[a-z0-9-]+/teams/[a-z0-9-]+\\)\\*?(?:\\s*,\\s*\\[@[a-z0-9-]+/[a-z0-9-]+\\]\\(https://github\\.com/orgs/[a-z0-9-]+/teams/[a-z0-9-]+\\)\\*?)*|&nbsp;)?$",
				errorMessage: {
					pattern: "is not a list of team links; use [@org/team](https://github.com/orgs/org/teams/team), each optionally followed by *, separated by commas (org and team in lowercase letters, digits and hyphens), or leave the cell empty"
				}
			}
		}
	},
	$links: {
		type: "object",
		properties: {
			Maintainers: {
				type: "array",
				items: {
					linkAgreement: {
						text: "^@(?<org>[a-z0-9-]+)/(?<team>[a-z0-9-]+)$",
						url: "^https://github\\.com/orgs/(?<org>[a-z0-9-]+)/teams/(?<team>[a-z0-9-]+)$",
						prefer: "url"
					}
				}
			}
		}
	}
};
var then = {
	properties: {
		Maintainers: {
			"x-severity": "warning",
			minLength: 1,
			errorMessage: {
				minLength: "is empty; a Supported feature should name its maintainer team"
			}
		}
	}
};
var kataSupportLevels = {
	$schema: $schema$1,
	$id: $id$1,
	title: title$1,
	description: description$1,
	type: type$1,
	required: required$1,
	properties: properties$1,
	"if": {
	properties: {
		"Support State": {
			"const": "Supported"
		}
	},
	required: [
		"Support State"
	]
},
	then: then,
	"else": {
	properties: {
		Notes: {
			minLength: 1,
			errorMessage: {
				minLength: "is empty; a note is required unless Support State is Supported"
			}
		}
	}
},
	"x-support-table-lint": {
	key: "Feature",
	unique: {
		scope: "table"
	},
	order: false,
	groups: true,
	legend: {
		heading: "Levels of Support",
		column: "Support State",
		optional: true
	},
	transitions: {
		removed: {
			when: {
				"Support State": [
					"Deprecated",
					"Obsolete"
				]
			}
		}
	},
	severities: {
		transition: "warning"
	}
}
};

var $schema = "https://json-schema.org/draft/2020-12/schema";
var $id = "https://raw.githubusercontent.com/support-table-lint/support-table-lint/main/schemas/kubevirt-feature-gates.schema.json";
var title = "KubeVirt feature gate status";
var description = "One row of a KubeVirt feature gate status table (FEATURE GATE | GRADUATION | STATUS), with notes kept as `- **GateName**: text` list items under a Notes heading.";
var type = "object";
var required = [
	"FEATURE GATE",
	"GRADUATION",
	"STATUS"
];
var properties = {
	"FEATURE GATE": {
		description: "The gate's identifier: a letter followed by letters and digits.",
		type: "string",
		minLength: 1,
		pattern: "^[A-Za-z][A-Za-z0-9]*$",
		errorMessage: {
			pattern: "is not an identifier; use a letter followed by letters and digits only (^[A-Za-z][A-Za-z0-9]*$)"
		}
	},
	GRADUATION: {
		description: "The gate's maturity.",
		"enum": [
			"Alpha",
			"Beta",
			"GA",
			"Deprecated",
			"Discontinued"
		]
	},
	STATUS: {
		description: "Whether the gate works on the architecture.",
		"enum": [
			"SUPPORTED",
			"PENDING",
			"UNSUPPORTED",
			"UNVERIFIED"
		]
	}
};
var kubevirtFeatureGates = {
	$schema: $schema,
	$id: $id,
	title: title,
	description: description,
	type: type,
	required: required,
	properties: properties,
	"x-support-table-lint": {
	key: "FEATURE GATE",
	unique: {
		scope: "table"
	},
	order: {
		scope: "table"
	},
	groups: false,
	notes: {
		heading: "Notes",
		requiredWhen: {
			STATUS: [
				"UNSUPPORTED",
				"PENDING"
			]
		},
		reportUnknown: true
	},
	transitions: {
		GRADUATION: {
			Alpha: [
				"Beta",
				"GA",
				"Deprecated"
			],
			Beta: [
				"GA",
				"Deprecated"
			],
			GA: [
				"Deprecated"
			],
			Deprecated: [
				"Discontinued"
			],
			Discontinued: [
			]
		},
		removed: {
			when: {
				GRADUATION: [
					"GA",
					"Deprecated",
					"Discontinued"
				]
			}
		}
	}
}
};

/**
 * The JSON files in schemas/, as data. Imported (not read from disk) so the
 * bundled CLI and Action carry them.
 */
const PRESET_SCHEMAS = {
    'kubevirt-feature-gates': kubevirtFeatureGates,
    'kata-support-levels': kataSupportLevels,
};
const CONFIG_SCHEMA = configSchema;
const CONFIG_SCHEMA_ID = configSchema.$id;

let engine;
/** Loads RE2 (a chunk of its own in the bundles); `compilePattern` needs it for any pattern this package does not ship. */
async function loadPatternEngine() {
    engine ??= (await import('./cli-re2.js')).RE2JS;
}
/**
 * Compiles `source`; throws an Error naming the pattern when RE2 cannot
 * compile it. Compiled patterns are shared by source (the link-text-url
 * rule compiles its schema's patterns again for every fix it offers).
 */
function compilePattern(source) {
    let pattern = compiled.get(source);
    if (pattern === undefined) {
        const native = shippedPatterns().has(source) ? nativeSource(source) : undefined;
        pattern = remembering(native !== undefined ? nativePattern(source, native) : re2Pattern(source));
        if (compiled.size >= MAX_COMPILED)
            compiled.clear();
        compiled.set(source, pattern);
    }
    return pattern;
}
const compiled = new Map();
const MAX_COMPILED = 1024;
/** `compilePattern` on RE2 whatever the source (the tests compare both engines on the shipped patterns). */
function re2Pattern(source) {
    if (engine === undefined)
        throw new Error(`internal error: the pattern ${source} was compiled before loadPatternEngine() finished`);
    let re;
    try {
        re = engine.compile(source);
    }
    catch (error) {
        throw new Error(`the pattern ${source} is not supported (${error.message}); patterns use RE2 syntax: no lookaround, no backreferences`);
    }
    const names = Object.keys(re.namedGroups());
    const matchOf = (matcher) => {
        const groups = {};
        const indices = {};
        for (const name of names) {
            const value = matcher.group(name);
            if (value === null || value === undefined)
                continue;
            groups[name] = value;
            indices[name] = [matcher.start(name), matcher.end(name)];
        }
        return { groups, indices };
    };
    return {
        source,
        // Ajv caches compiled patterns by this string: it must tell patterns apart.
        toString: () => `/${source}/re2`,
        // RE2JS#test skips the matcher and runs on the DFA where it can.
        test: (input) => re.test(input),
        exec(input) {
            const matcher = re.matcher(input);
            return matcher.find() ? matchOf(matcher) : null;
        },
        execAll(input) {
            const matcher = re.matcher(input);
            const out = [];
            while (matcher.find())
                out.push(matchOf(matcher));
            return out;
        },
    };
}
/**
 * Cells repeat (the same team link or status in many rows), and a match
 * costs about a microsecond and a half on RE2 in JavaScript and half that
 * with group indices on JavaScript's engine: each pattern remembers its
 * answers for a bounded number of distinct inputs.
 */
function remembering(pattern) {
    const tested = new Answers();
    const executed = new Answers();
    return {
        source: pattern.source,
        toString: pattern.toString,
        test: (input) => tested.get(input) ?? tested.set(input, pattern.test(input)),
        exec(input) {
            const known = executed.get(input);
            return known !== undefined ? known : executed.set(input, pattern.exec(input));
        },
        execAll: pattern.execAll,
    };
}
/** A shipped pattern on JavaScript's engine (see the module comment); `u` for RE2's code points, `d` for group indices. */
function nativePattern(source, native) {
    const once = new RegExp(native, 'du');
    const matchOf = (match) => {
        const groups = {};
        const indices = {};
        for (const [name, value] of Object.entries(match.groups ?? {})) {
            if (value === undefined)
                continue;
            groups[name] = value;
            indices[name] = match.indices.groups[name];
        }
        return { groups, indices };
    };
    return {
        source,
        toString: () => `/${source}/re2`,
        test: (input) => once.test(input),
        exec(input) {
            const match = once.exec(input);
            return match === null ? null : matchOf(match);
        },
        execAll: (input) => Array.from(input.matchAll(new RegExp(native, 'dgu')), matchOf),
    };
}
/**
 * A shipped pattern with RE2's meaning on JavaScript's engine: RE2's `\s` is
 * `[\t\n\f\r ]` (JavaScript's also takes `\v` and Unicode spaces) and its
 * `.` is `[^\n]` (JavaScript's also stops at `\r`, U+2028 and U+2029).
 * Undefined for what this does not translate (`\S` inside a class, `[]…]`).
 */
function nativeSource(source) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const char = source[i];
        if (char === '\\') {
            const next = source[i + 1] ?? '';
            i++;
            if (next === 's')
                out += inClass ? '\\t\\n\\f\\r ' : '[\\t\\n\\f\\r ]';
            else if (next === 'S') {
                if (inClass)
                    return undefined;
                out += '[^\\t\\n\\f\\r ]';
            }
            else
                out += char + next;
        }
        else if (inClass) {
            if (char === ']')
                inClass = false;
            out += char;
        }
        else if (char === '[') {
            inClass = true;
            out += char;
            if (source[i + 1] === '^')
                out += source[++i];
            // RE2 reads a `]` right after `[` or `[^` as a member; JavaScript as the end.
            if (source[i + 1] === ']')
                return undefined;
        }
        else
            out += char === '.' ? '[^\\n]' : char;
    }
    return out;
}
let shipped;
/** Every pattern in schemas/*.json: `pattern` values, `patternProperties` keys and `linkAgreement`'s `text` and `url`. */
function shippedPatterns() {
    shipped ??= collectPatterns([CONFIG_SCHEMA, ...Object.values(PRESET_SCHEMAS)]);
    return shipped;
}
function collectPatterns(schemas) {
    const found = new Set();
    const isObject = (value) => typeof value === 'object' && value !== null;
    const walk = (node) => {
        if (Array.isArray(node))
            return node.forEach(walk);
        if (!isObject(node))
            return;
        for (const [key, value] of Object.entries(node)) {
            // ajv-errors' messages are keyed by keyword: `errorMessage.pattern` is text, not a pattern.
            if (key === 'errorMessage')
                continue;
            if (key === 'pattern' && typeof value === 'string')
                found.add(value);
            if (key === 'patternProperties' && isObject(value))
                Object.keys(value).forEach((name) => found.add(name));
            if (key === 'linkAgreement' && isObject(value)) {
                for (const side of [value['text'], value['url']])
                    if (typeof side === 'string')
                        found.add(side);
            }
            walk(value);
        }
    };
    walk(schemas);
    return found;
}
/** Answers for up to `MAX_ANSWERS` inputs of up to `MAX_ANSWERED` characters; emptied when full. */
class Answers {
    map = new Map();
    get(input) {
        return this.map.get(input);
    }
    set(input, answer) {
        if (input.length <= MAX_ANSWERED) {
            if (this.map.size >= MAX_ANSWERS)
                this.map.clear();
            this.map.set(input, answer);
        }
        return answer;
    }
}
const MAX_ANSWERS = 4096;
const MAX_ANSWERED = 1024;
/** Ajv's `code.regExp` option: `pattern` and `patternProperties` are matched with RE2. */
const ajvRegExp = Object.assign((pattern) => compilePattern(pattern), {
    code: 'compilePattern',
});

const LINK_AGREEMENT_KEYWORD = 'linkAgreement';
function compileLinkAgreement(schema, parentSchema) {
    // RE2 (regex.ts): a schema author's pattern cannot hang validation.
    const textPattern = compilePattern(schema.text);
    const urlPattern = compilePattern(schema.url);
    const shared = sharedGroups(schema);
    const validate = (data) => {
        const link = data;
        const text = typeof link.text === 'string' ? link.text : '';
        const url = typeof link.url === 'string' ? link.url : '';
        const fail = (params) => {
            // Ajv fills in instancePath, schemaPath, data and schema, but not parentSchema (which `x-severity` needs).
            const error = {
                keyword: LINK_AGREEMENT_KEYWORD,
                parentSchema,
                params: { ...params, text, url },
                message: `link text and URL must match ${schema.text} and ${schema.url} and agree`,
            };
            validate.errors = [error];
            return false;
        };
        const textMatch = textPattern.exec(text);
        if (!textMatch)
            return fail({ problem: 'text', pattern: schema.text });
        const urlMatch = urlPattern.exec(url);
        if (!urlMatch)
            return fail({ problem: 'url', pattern: schema.url });
        const group = disagreement(shared, textMatch.groups, urlMatch.groups, schema.ignoreCase === true);
        if (group === undefined)
            return true;
        const [textValue, urlValue] = [textMatch.groups[group], urlMatch.groups[group]];
        if (textValue === undefined || urlValue === undefined)
            return fail({ problem: 'kind', group, textValue: textValue ?? '', urlValue: urlValue ?? '' });
        return fail({ problem: 'mismatch', group, textValue, urlValue });
    };
    // What the closure was made from, so that the build step can re-create it in generated code.
    Object.defineProperty(validate, MADE_FROM, { value: { schema, parentSchema } });
    return validate;
}
/** The group names both patterns define (`org`, `team`), whether or not a match sets them. */
function sharedGroups(schema) {
    const names = (pattern) => new Set([...pattern.matchAll(/\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/g)].map((match) => match[1]));
    const inUrl = names(schema.url);
    return [...names(schema.text)].filter((name) => inUrl.has(name));
}
/**
 * The first shared group whose values differ. A group one side's match does
 * not set, while the other's does, differs too: with alternatives (a team link
 * or a user link), `[@jdoe](…/orgs/acme/teams/docs)` is a user in the text and
 * a team in the URL.
 */
function disagreement(shared, text, url, ignoreCase) {
    return shared.find((group) => {
        const [a, b] = [text[group], url[group]];
        return ignoreCase ? a?.toLowerCase() !== b?.toLowerCase() : a !== b;
    });
}
const MADE_FROM = Symbol.for('support-table-lint.linkAgreement');

/** The custom schema keywords' names (see ajv.ts), apart from Ajv so that reading them does not load it. */
const SEVERITY_KEYWORD = 'x-severity';
const OPTIONS_KEYWORD = 'x-support-table-lint';

function getDefaultExportFromCjs (x) {
	return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, 'default') ? x['default'] : x;
}

var ucs2length$1 = {};

var hasRequiredUcs2length;

function requireUcs2length () {
	if (hasRequiredUcs2length) return ucs2length$1;
	hasRequiredUcs2length = 1;
	Object.defineProperty(ucs2length$1, "__esModule", { value: true });
	// https://mathiasbynens.be/notes/javascript-encoding
	// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
	function ucs2length(str) {
	    const len = str.length;
	    let length = 0;
	    let pos = 0;
	    let value;
	    while (pos < len) {
	        length++;
	        value = str.charCodeAt(pos++);
	        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
	            // high surrogate, and there is a next character
	            value = str.charCodeAt(pos);
	            if ((value & 0xfc00) === 0xdc00)
	                pos++; // low surrogate
	        }
	    }
	    return length;
	}
	ucs2length$1.default = ucs2length;
	ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
	
	return ucs2length$1;
}

var ucs2lengthExports = /*@__PURE__*/ requireUcs2length();
var ucs2length = /*@__PURE__*/getDefaultExportFromCjs(ucs2lengthExports);

export { CONFIG_SCHEMA as C, LINK_AGREEMENT_KEYWORD as L, OPTIONS_KEYWORD as O, PRESET_SCHEMAS as P, SEVERITY_KEYWORD as S, markdownLineEnding as a, classifyCharacter as b, compilePattern as c, asciiAlpha as d, asciiAlphanumeric as e, asciiControl as f, getDefaultExportFromCjs as g, asciiAtext as h, asciiPunctuation as i, asciiHexDigit as j, asciiDigit as k, decodeNamedCharacterReference as l, markdownSpace as m, markdownLineEndingOrSpace as n, decodeNumericCharacterReference as o, ajvRegExp as p, compileLinkAgreement as q, requireUcs2length as r, disagreement as s, sharedGroups as t, ucs2length as u, CONFIG_SCHEMA_ID as v, loadPatternEngine as w };
