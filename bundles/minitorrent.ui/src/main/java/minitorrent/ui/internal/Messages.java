package minitorrent.ui.internal;

import java.text.MessageFormat;
import java.util.Locale;

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

    public static String CreateTorrent_embeddedTracker;
    public static String CreateTorrent_embeddedTrackerOff;
    public static String CreateTorrent_webSeeds;
    public static String CreateTorrent_measuring;
    public static String CreateTorrent_pieceCount;
    public static String Editor_loading;
    public static String Editor_loadJob;
    public static String Editor_cannotOpen;
    public static String Editor_errorTab;
    public static String Editor_noFile;
    public static String Editor_download;
    public static String Editor_downloadTooltip;
    public static String Editor_saving;
    public static String Editor_saveFailed;
    public static String Editor_saveAsTitle;
    public static String Overview_tab;
    public static String Overview_general;
    public static String Overview_generalDescription;
    public static String Overview_name;
    public static String Overview_infoHash;
    public static String Overview_copy;
    public static String Overview_copyTooltip;
    public static String Overview_size;
    public static String Overview_sizeValue;
    public static String Overview_oneFile;
    public static String Overview_files;
    public static String Overview_pieces;
    public static String Overview_piecesValue;
    public static String Overview_creationDate;
    public static String Overview_createdBy;
    public static String Overview_private;
    public static String Overview_privateYes;
    public static String Overview_privateNo;
    public static String Overview_source;
    public static String Overview_notGiven;
    public static String Overview_comment;
    public static String Overview_commentDescription;
    public static String Overview_problems;
    public static String Overview_problemsDescription;
    public static String Overview_noProblems;
    public static String Files_tab;
    public static String Files_section;
    public static String Files_description;
    public static String Files_columnName;
    public static String Files_columnSize;
    public static String Trackers_tab;
    public static String Trackers_section;
    public static String Trackers_description;
    public static String Trackers_url;
    public static String Trackers_addToTier;
    public static String Trackers_addTier;
    public static String Trackers_replace;
    public static String Trackers_remove;
    public static String Trackers_up;
    public static String Trackers_down;
    public static String Trackers_tier;
    public static String Trackers_none;
    public static String WebSeeds_tab;
    public static String WebSeeds_section;
    public static String WebSeeds_description;
    public static String WebSeeds_add;
    public static String PieceHashes_tab;
    public static String PieceHashes_section;
    public static String PieceHashes_description;
    public static String PieceHashes_columnIndex;
    public static String PieceHashes_columnHash;
    public static String PieceHashes_columnRange;
    public static String PieceHashes_range;
    public static String OpenTorrent_title;
    public static String OpenTorrent_failed;
    public static String Trackers_hint;
    public static String Trackers_duplicate;
    public static String WebSeeds_hint;
    public static String WebSeeds_duplicate;

    public static String CreateTorrent_badTracker;
    public static String CreateTorrent_badWebSeed;
    public static String StatisticsView_showsTorrent;
    public static String StatisticsView_showsSession;
    public static String StatisticsView_legendDown;
    public static String StatisticsView_legendUp;
    public static String StatisticsView_now;
    public static String StatisticsView_minutesAgo;
    public static String StatisticsView_session;
    public static String StatisticsView_recordJob;
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

    /**
     * Formats a message whose pattern is a {@link MessageFormat} one: a choice such as
     * {@code {0,choice,1#1 peer|1<{0,number,integer} peers}} says 1 peer and 2 peers. Numbers
     * are written as everywhere else here: 10,000.
     */
    public static String format(String pattern, Object... arguments) {
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
