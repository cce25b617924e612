public import FolioModel
