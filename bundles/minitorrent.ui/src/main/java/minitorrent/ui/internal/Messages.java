package minitorrent.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the MiniTorrent views shown to users, from messages.properties. */
public final class Messages extends NLS {
    public static String TorrentsView_columnName;
    public static String TorrentsView_columnSize;
    public static String TorrentsView_columnProgress;
    public static String TorrentsView_columnState;
    public static String TorrentsView_columnDownRate;
    public static String TorrentsView_columnUpRate;
    public static String TorrentsView_columnPeers;
    public static String TorrentsView_columnEta;
    public static String TorrentsView_columnRatio;
    public static String TorrentsView_columnAdded;
    public static String TorrentsView_emptyTitle;
    public static String TorrentsView_emptyHint;
    public static String TorrentsView_stateChecking;
    public static String TorrentsView_stateQueued;
    public static String TorrentsView_stateDownloading;
    public static String TorrentsView_stateSeeding;
    public static String TorrentsView_statePaused;
    public static String TorrentsView_stateError;
    public static String TorrentsView_filterHint;
    public static String TorrentsView_refreshJob;
    public static String TorrentsView_actionAdd;
    public static String TorrentsView_actionStart;
    public static String TorrentsView_actionPause;
    public static String TorrentsView_actionRecheck;
    public static String TorrentsView_actionOpenFolder;
    public static String TorrentsView_actionRemove;
    public static String TorrentsView_addTitle;
    public static String TorrentsView_addFolderTitle;
    public static String TorrentsView_addFolderMessage;
    public static String TorrentsView_addJob;
    public static String TorrentsView_addFailed;
    public static String TorrentsView_removeTitle;
    public static String TorrentsView_removeQuestion;
    public static String TorrentsView_removeKeepData;
    public static String TorrentsView_removeDeleteData;
    public static String TorrentsView_cancel;
    public static String TorrentsView_removeJob;
    public static String TorrentsView_removeFailed;

    public static String PeersView_columnAddress;
    public static String PeersView_columnClient;
    public static String PeersView_columnFlags;
    public static String PeersView_columnProgress;
    public static String PeersView_columnDown;
    public static String PeersView_columnUp;
    public static String PeersView_columnDownloaded;
    public static String PeersView_columnUploaded;
    public static String PeersView_columnRequests;
    public static String TrackersView_columnUrl;
    public static String TrackersView_columnTier;
    public static String TrackersView_columnStatus;
    public static String TrackersView_columnLast;
    public static String TrackersView_columnNext;
    public static String TrackersView_columnSeeds;
    public static String TrackersView_columnLeechers;
    public static String TrackersView_columnMessage;
    public static String FilesView_columnName;
    public static String FilesView_columnSize;
    public static String FilesView_columnProgress;
    public static String FilesView_columnPriority;
    public static String FilesView_priorityHigh;
    public static String FilesView_priorityNormal;
    public static String FilesView_prioritySkip;
    public static String FilesView_priorityMixed;
    public static String PiecesView_none;
    public static String PiecesView_summary;

    public static String TorrentsView_actionCreate;
    public static String CreateTorrent_window;
    public static String CreateTorrent_title;
    public static String CreateTorrent_description;
    public static String CreateTorrent_source;
    public static String CreateTorrent_file;
    public static String CreateTorrent_folder;
    public static String CreateTorrent_output;
    public static String CreateTorrent_browse;
    public static String CreateTorrent_pieceSize;
    public static String CreateTorrent_pieceSizeAuto;
    public static String CreateTorrent_trackers;
    public static String CreateTorrent_comment;
    public static String CreateTorrent_private;
    public static String CreateTorrent_startSeeding;
    public static String CreateTorrent_noSource;
    public static String CreateTorrent_missingSource;
    public static String CreateTorrent_noOutput;
    public static String CreateTorrent_missingFolder;
    public static String CreateTorrent_job;
    public static String CreateTorrent_failed;

    public static String TorrentsView_status;

    public static String PiecesView_piece;
    public static String PiecesView_pieces;
    public static String PiecesView_tooltip;

    public static String AddTorrentDialog_title;
    public static String AddTorrentDialog_folder;
    public static String AddTorrentDialog_browse;
    public static String AddTorrentDialog_files;
    public static String AddTorrentDialog_selectAll;
    public static String AddTorrentDialog_selectNone;
    public static String AddTorrentDialog_startNow;
    public static String AddTorrentDialog_add;
    public static String AddTorrentDialog_summary;
    public static String AddTorrentDialog_nothingSelected;
    public static String AddTorrentDialog_sizes;
    public static String AddTorrentDialog_folderMissing;
    public static String AddTorrentDialog_folderRelative;
    public static String AddTorrentDialog_folderIsFile;
    public static String AddTorrentDialog_folderInvalid;
    public static String AddTorrentDialog_folderCannotCreate;
    public static String AddTorrentDialog_alreadyAdded;

    public static String Notification_completedTitle;
    public static String Notification_completedText;
    public static String Notification_openFolder;
    public static String Preferences_generalDescription;
    public static String Preferences_downloadFolder;
    public static String Preferences_downloadFolderMissing;
    public static String Preferences_askWhereToSave;
    public static String Preferences_startPaused;
    public static String Preferences_seedRatioGoal;
    public static String Preferences_ratioInvalid;
    public static String Preferences_numberRange;
    public static String Preferences_networkDescription;
    public static String Preferences_listenPort;
    public static String Preferences_maxConnections;
    public static String Preferences_maxConnectionsPerTorrent;
    public static String Preferences_bandwidthDescription;
    public static String Preferences_maxDownloadRate;
    public static String Preferences_maxUploadRate;
    public static String Preferences_torrentDownloadRate;
    public static String Preferences_torrentUploadRate;
    public static String Preferences_queueDescription;
    public static String Preferences_maxActiveDownloads;
    public static String Preferences_maxActiveSeeds;
    public static String Preferences_trackerDescription;
    public static String Preferences_trackerEnabled;
    public static String Preferences_trackerPort;
    public static String Preferences_trackerAllAddresses;
    public static String Preferences_applyJob;
    public static String Preferences_listenPortFailed;
    public static String Preferences_trackerFailed;

    public static String StatisticsView_showsTorrent;
    public static String StatisticsView_showsSession;
    public static String StatisticsView_legendDown;
    public static String StatisticsView_legendUp;
    public static String StatisticsView_now;
    public static String StatisticsView_minutesAgo;
    public static String StatisticsView_session;
    public static String StatisticsView_downRate;
    public static String StatisticsView_upRate;
    public static String StatisticsView_downloaded;
    public static String StatisticsView_uploaded;
    public static String StatisticsView_ratio;
    public static String StatisticsView_hashFailures;
    public static String StatisticsView_peers;
    public static String StatisticsView_peersValue;
    public static String StatisticsView_torrents;
    public static String StatisticsView_torrent;

    public static String PiecesView_perCell;
    public static String PiecesView_range;
    public static String PiecesView_file;
    public static String PiecesView_files;
    public static String PiecesView_moreFiles;
    public static String PiecesView_legendHad;
    public static String PiecesView_legendDownloading;
    public static String PiecesView_legendOnPeers;
    public static String PiecesView_legendOnNoPeer;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
